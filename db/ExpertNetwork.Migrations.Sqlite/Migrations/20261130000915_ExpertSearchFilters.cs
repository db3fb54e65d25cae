using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.Sqlite.Migrations
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

            migrationBuilder.AddColumn<string>(
                name: "SearchEmail",
                table: "Experts",
                type: "TEXT",
                maxLength: 508,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Experts",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_CreatedUtc_Id",
                table: "Experts",
                columns: new[] { "CreatedUtc", "Id" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_ExpertId_Kind_Status",
                table: "Credentials",
                columns: new[] { "ExpertId", "Kind", "Status" });
        }
    }
}
