using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EngagementEndKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndKind",
                table: "Engagements",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            // Offers withdrawn because the last seat went were told apart by their end reason; every other ended
            // engagement's kind is its status.
            migrationBuilder.Sql("""
                UPDATE "Engagements" SET "EndKind" = 'Filled' WHERE "Status" = 'Withdrawn' AND "EndReason" = 'All seats on the request were filled before this offer was accepted.';
                """);
            migrationBuilder.Sql("""
                UPDATE "Engagements" SET "EndKind" = "Status" WHERE "EndKind" IS NULL AND "Status" IN ('Completed', 'Declined', 'Expired', 'Withdrawn', 'Cancelled');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndKind",
                table: "Engagements");
        }
    }
}
