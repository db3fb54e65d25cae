using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfferLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContractPdfKey",
                table: "Engagements",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContractPdfSha256",
                table: "Engagements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfferLinkSha256",
                table: "Engagements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OfferOpenedUtc",
                table: "Engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OfferRemindedUtc",
                table: "Engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_OfferLinkSha256",
                table: "Engagements",
                column: "OfferLinkSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Engagements_OfferLinkSha256",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "ContractPdfKey",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "ContractPdfSha256",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "OfferLinkSha256",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "OfferOpenedUtc",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "OfferRemindedUtc",
                table: "Engagements");
        }
    }
}
