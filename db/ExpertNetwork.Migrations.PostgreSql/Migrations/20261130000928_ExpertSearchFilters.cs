using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ExpertSearchFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Credentials_ExpertId_Kind_Status",
                table: "Credentials");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "SearchEmail",
                table: "Experts",
                type: "character varying(508)",
                maxLength: 508,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Experts",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_CreatedUtc_Id",
                table: "Experts",
                columns: new[] { "CreatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_SearchEmail",
                table: "Experts",
                column: "SearchEmail")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_SearchName",
                table: "Experts",
                column: "SearchName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_YearsOfExperience_FullName",
                table: "Experts",
                columns: new[] { "YearsOfExperience", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_ExpertId_Kind_Status_ExpiresOn",
                table: "Credentials",
                columns: new[] { "ExpertId", "Kind", "Status", "ExpiresOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Experts_CreatedUtc_Id",
                table: "Experts");

            migrationBuilder.DropIndex(
                name: "IX_Experts_SearchEmail",
                table: "Experts");

            migrationBuilder.DropIndex(
                name: "IX_Experts_SearchName",
                table: "Experts");

            migrationBuilder.DropIndex(
                name: "IX_Experts_YearsOfExperience_FullName",
                table: "Experts");

            migrationBuilder.DropIndex(
                name: "IX_Credentials_ExpertId_Kind_Status_ExpiresOn",
                table: "Credentials");

            migrationBuilder.DropColumn(
                name: "SearchEmail",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Experts");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_ExpertId_Kind_Status",
                table: "Credentials",
                columns: new[] { "ExpertId", "Kind", "Status" });
        }
    }
}
