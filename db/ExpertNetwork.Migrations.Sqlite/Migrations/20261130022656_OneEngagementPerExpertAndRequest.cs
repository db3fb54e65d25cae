using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OneEngagementPerExpertAndRequest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Engagements_StaffingRequestId_ExpertId",
                table: "Engagements",
                columns: new[] { "StaffingRequestId", "ExpertId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Engagements_StaffingRequestId_ExpertId",
                table: "Engagements");
        }
    }
}
