using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvQuestionSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Questions = table.Column<string>(type: "jsonb", nullable: false),
                    MinimumAnswers = table.Column<int>(type: "integer", nullable: false),
                    IsPulse = table.Column<bool>(type: "boolean", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: true),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameNn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvQuestionSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetKind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MinimumAnswers = table.Column<int>(type: "integer", nullable: false),
                    Questions = table.Column<string>(type: "jsonb", nullable: false),
                    IsPulse = table.Column<bool>(type: "boolean", nullable: false),
                    OpeningNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvEvaluations_EvQuestionSets_QuestionSetId",
                        column: x => x.QuestionSetId,
                        principalTable: "EvQuestionSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvRespondents",
                columns: table => new
                {
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvRespondents", x => new { x.EvaluationId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_EvRespondents_EvEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "EvEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvResponses_EvEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "EvEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvAnswers",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Review = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewedText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvAnswers", x => new { x.ResponseId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_EvAnswers_EvResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "EvResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvAnswers_QuestionId_Review",
                table: "EvAnswers",
                columns: new[] { "QuestionId", "Review" });

            migrationBuilder.CreateIndex(
                name: "IX_EvEvaluations_CohortId",
                table: "EvEvaluations",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_EvEvaluations_OpensAt_ClosesAt",
                table: "EvEvaluations",
                columns: new[] { "OpensAt", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EvEvaluations_QuestionSetId",
                table: "EvEvaluations",
                column: "QuestionSetId");

            migrationBuilder.CreateIndex(
                name: "IX_EvEvaluations_RegionId",
                table: "EvEvaluations",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_EvEvaluations_TargetKind_TargetId",
                table: "EvEvaluations",
                columns: new[] { "TargetKind", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvQuestionSets_RegionId",
                table: "EvQuestionSets",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_EvRespondents_PersonId",
                table: "EvRespondents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EvResponses_EvaluationId",
                table: "EvResponses",
                column: "EvaluationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvAnswers");

            migrationBuilder.DropTable(
                name: "EvRespondents");

            migrationBuilder.DropTable(
                name: "EvResponses");

            migrationBuilder.DropTable(
                name: "EvEvaluations");

            migrationBuilder.DropTable(
                name: "EvQuestionSets");
        }
    }
}
