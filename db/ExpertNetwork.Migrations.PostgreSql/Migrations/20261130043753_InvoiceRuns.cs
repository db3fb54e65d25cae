using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.PostgreSql.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                table: "Invoices",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InvoiceRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InvoicesDrafted = table.Column<int>(type: "integer", nullable: false),
                    StatementsDrafted = table.Column<int>(type: "integer", nullable: false),
                    EntriesInvoiced = table.Column<int>(type: "integer", nullable: false),
                    EntriesOnStatements = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<List<string>>(type: "text[]", nullable: false),
                    Period_End = table.Column<DateOnly>(type: "date", nullable: true),
                    Period_Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
