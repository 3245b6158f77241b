using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddEvaluationsAndDevelopment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DevFeedbackRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MinimumAnswers = table.Column<int>(type: "integer", nullable: false),
                    RemindedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EvidenceRequests = table.Column<string>(type: "jsonb", nullable: true),
                    SelfRatings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevFeedbackRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevFeedbackRounds_OrgPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OrgPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ValueKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
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
                    table.PrimaryKey("PK_DevIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DevPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoachUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Feedback = table.Column<string>(type: "jsonb", nullable: true),
                    Goals = table.Column<string>(type: "jsonb", nullable: true),
                    ProgressNotes = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevPlans_OrgOffices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "OrgOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevPlans_OrgPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OrgPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "DevFeedbackInvitees",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Answered = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevFeedbackInvitees", x => new { x.RoundId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_DevFeedbackInvitees_DevFeedbackRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "DevFeedbackRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DevFeedbackInvitees_OrgPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OrgPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevFeedbackResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Ratings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevFeedbackResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevFeedbackResponses_DevFeedbackRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "DevFeedbackRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevIndicatorValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EnteredByUserId = table.Column<Guid>(type: "uuid", nullable: true),
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
                    table.PrimaryKey("PK_DevIndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevIndicatorValues_DevIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "DevIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevIndicatorValues_OrgOffices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "OrgOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevCoachingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    VideoLink = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProtectedNotes = table.Column<string>(type: "text", nullable: true),
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
                    table.PrimaryKey("PK_DevCoachingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevCoachingSessions_DevPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevPrivateNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProtectedText = table.Column<string>(type: "text", nullable: false),
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
                    table.PrimaryKey("PK_DevPrivateNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevPrivateNotes_DevPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevPrivateNotes_OrgPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OrgPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "EvPulseSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    QuestionSetId = table.Column<Guid>(type: "uuid", nullable: true),
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
                    table.PrimaryKey("PK_EvPulseSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvPulseSettings_EvQuestionSets_QuestionSetId",
                        column: x => x.QuestionSetId,
                        principalTable: "EvQuestionSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "EvPulses",
                columns: table => new
                {
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetKind = table.Column<int>(type: "integer", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvPulses", x => x.EvaluationId);
                    table.ForeignKey(
                        name: "FK_EvPulses_EvEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "EvEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_DevCoachingSessions_PlanId_StartsAt",
                table: "DevCoachingSessions",
                columns: new[] { "PlanId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DevFeedbackInvitees_PersonId",
                table: "DevFeedbackInvitees",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DevFeedbackInvitees_TokenHash",
                table: "DevFeedbackInvitees",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevFeedbackResponses_RoundId",
                table: "DevFeedbackResponses",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_DevFeedbackRounds_PersonId",
                table: "DevFeedbackRounds",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DevIndicators_Code",
                table: "DevIndicators",
                column: "Code",
                unique: true,
                filter: "\"IsDeleted\" = false");

            migrationBuilder.CreateIndex(
                name: "IX_DevIndicatorValues_IndicatorId_OfficeId_Period",
                table: "DevIndicatorValues",
                columns: new[] { "IndicatorId", "OfficeId", "Period" },
                unique: true,
                filter: "\"IsDeleted\" = false");

            migrationBuilder.CreateIndex(
                name: "IX_DevIndicatorValues_OfficeId_Period",
                table: "DevIndicatorValues",
                columns: new[] { "OfficeId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_DevPlans_CoachUserId",
                table: "DevPlans",
                column: "CoachUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DevPlans_CohortId",
                table: "DevPlans",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_DevPlans_OfficeId",
                table: "DevPlans",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_DevPlans_PersonId_CohortId",
                table: "DevPlans",
                columns: new[] { "PersonId", "CohortId" },
                unique: true,
                filter: "\"IsDeleted\" = false");

            migrationBuilder.CreateIndex(
                name: "IX_DevPrivateNotes_PersonId",
                table: "DevPrivateNotes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DevPrivateNotes_PlanId",
                table: "DevPrivateNotes",
                column: "PlanId");

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
                name: "IX_EvPulses_TargetKind_TargetId",
                table: "EvPulses",
                columns: new[] { "TargetKind", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvPulseSettings_QuestionSetId",
                table: "EvPulseSettings",
                column: "QuestionSetId");

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
                name: "DevCoachingSessions");

            migrationBuilder.DropTable(
                name: "DevFeedbackInvitees");

            migrationBuilder.DropTable(
                name: "DevFeedbackResponses");

            migrationBuilder.DropTable(
                name: "DevIndicatorValues");

            migrationBuilder.DropTable(
                name: "DevPrivateNotes");

            migrationBuilder.DropTable(
                name: "EvAnswers");

            migrationBuilder.DropTable(
                name: "EvPulses");

            migrationBuilder.DropTable(
                name: "EvPulseSettings");

            migrationBuilder.DropTable(
                name: "EvRespondents");

            migrationBuilder.DropTable(
                name: "DevFeedbackRounds");

            migrationBuilder.DropTable(
                name: "DevIndicators");

            migrationBuilder.DropTable(
                name: "DevPlans");

            migrationBuilder.DropTable(
                name: "EvResponses");

            migrationBuilder.DropTable(
                name: "EvEvaluations");

            migrationBuilder.DropTable(
                name: "EvQuestionSets");
        }
    }
}
