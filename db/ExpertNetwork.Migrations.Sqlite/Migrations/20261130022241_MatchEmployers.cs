using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MatchEmployers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpertEmployers",
                columns: table => new
                {
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertEmployers", x => new { x.ExpertId, x.NormalizedName });
                    table.ForeignKey(
                        name: "FK_ExpertEmployers_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExpertEmployers_NormalizedName_ExpertId",
                table: "ExpertEmployers",
                columns: new[] { "NormalizedName", "ExpertId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpertEmployers");
        }
    }
}
