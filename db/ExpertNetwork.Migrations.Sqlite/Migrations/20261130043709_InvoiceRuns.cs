using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                table: "PayoutStatements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                table: "Invoices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InvoiceRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InvoicesDrafted = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementsDrafted = table.Column<int>(type: "INTEGER", nullable: false),
                    EntriesInvoiced = table.Column<int>(type: "INTEGER", nullable: false),
                    EntriesOnStatements = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<string>(type: "TEXT", nullable: false),
                    Period_End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Period_Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceRuns_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_ExpertId_Status_PayoutStatementId_WorkDate",
                table: "TimeEntries",
                columns: new[] { "ExpertId", "Status", "PayoutStatementId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_ProjectId_Status_InvoiceId_WorkDate",
                table: "TimeEntries",
                columns: new[] { "ProjectId", "Status", "InvoiceId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutStatements_RunId",
                table: "PayoutStatements",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RunId",
                table: "Invoices",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceRuns_ClientId",
                table: "InvoiceRuns",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceRuns_StartedUtc",
                table: "InvoiceRuns",
                column: "StartedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceRuns");

            migrationBuilder.DropIndex(
                name: "IX_TimeEntries_ExpertId_Status_PayoutStatementId_WorkDate",
                table: "TimeEntries");

            migrationBuilder.DropIndex(
                name: "IX_TimeEntries_ProjectId_Status_InvoiceId_WorkDate",
                table: "TimeEntries");

            migrationBuilder.DropIndex(
                name: "IX_PayoutStatements_RunId",
                table: "PayoutStatements");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_RunId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "RunId",
                table: "PayoutStatements");

            migrationBuilder.DropColumn(
                name: "RunId",
                table: "Invoices");
        }
    }
}
