using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertNetwork.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Workspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SprintId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Overlap = table.Column<int>(type: "int", nullable: false),
                    ItemOrder = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LeaseMinutes = table.Column<int>(type: "int", nullable: false),
                    MinRationaleLength = table.Column<int>(type: "int", nullable: false),
                    MinAnswerLength = table.Column<int>(type: "int", nullable: false),
                    AllowMultipleLabels = table.Column<bool>(type: "bit", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskSets_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskSets_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ShuffleKey = table.Column<long>(type: "bigint", nullable: false),
                    IsPractice = table.Column<bool>(type: "bit", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ExpectedAnswer = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    JudgmentsSubmitted = table.Column<int>(type: "int", nullable: false),
                    IsComplete = table.Column<bool>(type: "bit", nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskItems_TaskSets_TaskSetId",
                        column: x => x.TaskSetId,
                        principalTable: "TaskSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskSetCriteria",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    TaskSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ScaleMin = table.Column<int>(type: "int", nullable: false),
                    ScaleMax = table.Column<int>(type: "int", nullable: false),
                    Anchors = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSetCriteria", x => new { x.TaskSetId, x.Position });
                    table.ForeignKey(
                        name: "FK_TaskSetCriteria_TaskSets_TaskSetId",
                        column: x => x.TaskSetId,
                        principalTable: "TaskSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskSetGuidelines",
                columns: table => new
                {
                    TaskSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Markdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSetGuidelines", x => new { x.TaskSetId, x.Number });
                    table.ForeignKey(
                        name: "FK_TaskSetGuidelines_TaskSets_TaskSetId",
                        column: x => x.TaskSetId,
                        principalTable: "TaskSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskSetLabels",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    TaskSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSetLabels", x => new { x.TaskSetId, x.Position });
                    table.ForeignKey(
                        name: "FK_TaskSetLabels_TaskSets_TaskSetId",
                        column: x => x.TaskSetId,
                        principalTable: "TaskSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EngagementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LeasedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LeaseExpiresUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LeaseMinutes = table.Column<int>(type: "int", nullable: false),
                    SwapResponses = table.Column<bool>(type: "bit", nullable: false),
                    Draft = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DraftSavedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DraftRevision = table.Column<long>(type: "bigint", nullable: false),
                    ActiveSeconds = table.Column<int>(type: "int", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SkippedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SkipReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_Engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "Engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_TaskItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "TaskItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_TaskSets_TaskSetId",
                        column: x => x.TaskSetId,
                        principalTable: "TaskSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ItemViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ViewedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemViews_TaskItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "TaskItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Judgments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GuidelineVersion = table.Column<int>(type: "int", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    SupersededUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SwapResponses = table.Column<bool>(type: "bit", nullable: false),
                    IsPractice = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Judgments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Judgments_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Judgments_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Judgments_TaskItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "TaskItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Judgments_TaskSets_TaskSetId",
                        column: x => x.TaskSetId,
                        principalTable: "TaskSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_EngagementId",
                table: "Assignments",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_ExpertId_State_LeasedUtc",
                table: "Assignments",
                columns: new[] { "ExpertId", "State", "LeasedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_ItemId_ExpertId",
                table: "Assignments",
                columns: new[] { "ItemId", "ExpertId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_ItemId_State_LeaseExpiresUtc",
                table: "Assignments",
                columns: new[] { "ItemId", "State", "LeaseExpiresUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_State_LeaseExpiresUtc",
                table: "Assignments",
                columns: new[] { "State", "LeaseExpiresUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_TaskSetId_ExpertId_State",
                table: "Assignments",
                columns: new[] { "TaskSetId", "ExpertId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemViews_ExpertId_ViewedUtc",
                table: "ItemViews",
                columns: new[] { "ExpertId", "ViewedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemViews_ItemId_ViewedUtc",
                table: "ItemViews",
                columns: new[] { "ItemId", "ViewedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemViews_TaskSetId_ViewedUtc",
                table: "ItemViews",
                columns: new[] { "TaskSetId", "ViewedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Judgments_AssignmentId_Revision",
                table: "Judgments",
                columns: new[] { "AssignmentId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Judgments_ExpertId_SubmittedUtc",
                table: "Judgments",
                columns: new[] { "ExpertId", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Judgments_ItemId",
                table: "Judgments",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Judgments_TaskSetId_SupersededUtc_SubmittedUtc",
                table: "Judgments",
                columns: new[] { "TaskSetId", "SupersededUtc", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskItems_TaskSetId_ExternalId",
                table: "TaskItems",
                columns: new[] { "TaskSetId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskItems_TaskSetId_IsPractice_IsComplete_Sequence",
                table: "TaskItems",
                columns: new[] { "TaskSetId", "IsPractice", "IsComplete", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskItems_TaskSetId_IsPractice_IsComplete_ShuffleKey",
                table: "TaskItems",
                columns: new[] { "TaskSetId", "IsPractice", "IsComplete", "ShuffleKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskSets_ProjectId_Status",
                table: "TaskSets",
                columns: new[] { "ProjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskSets_SprintId",
                table: "TaskSets",
                column: "SprintId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemViews");

            migrationBuilder.DropTable(
                name: "Judgments");

            migrationBuilder.DropTable(
                name: "TaskSetCriteria");

            migrationBuilder.DropTable(
                name: "TaskSetGuidelines");

            migrationBuilder.DropTable(
                name: "TaskSetLabels");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "TaskItems");

            migrationBuilder.DropTable(
                name: "TaskSets");
        }
    }
}
