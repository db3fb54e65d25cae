using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NdaSigningLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LinkTokenSha256",
                table: "NdaAgreements",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedPdfKey",
                table: "NdaAgreements",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedPdfSha256",
                table: "NdaAgreements",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_NdaAgreements_LinkTokenSha256",
                table: "NdaAgreements",
                column: "LinkTokenSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NdaAgreements_LinkTokenSha256",
                table: "NdaAgreements");

            migrationBuilder.DropColumn(
                name: "LinkTokenSha256",
                table: "NdaAgreements");

            migrationBuilder.DropColumn(
                name: "SignedPdfKey",
                table: "NdaAgreements");

            migrationBuilder.DropColumn(
                name: "SignedPdfSha256",
                table: "NdaAgreements");
        }
    }
}
