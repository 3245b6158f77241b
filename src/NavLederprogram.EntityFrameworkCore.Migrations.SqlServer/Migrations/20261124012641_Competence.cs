using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Competence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNb = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompPersonStatuses",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequirementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompetenceAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JobRoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsMandatory = table.Column<bool>(type: "bit", nullable: false),
                    RequiredLevel = table.Column<int>(type: "int", nullable: false),
                    CurrentLevel = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompPersonStatuses", x => new { x.PersonId, x.RequirementId });
                });

            migrationBuilder.CreateTable(
                name: "CompReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequirementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompetenceAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompScales",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNb = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompScales", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CategoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScaleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionNb = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionNn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNb = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompAreas_CompCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "CompCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompAreas_CompScales_ScaleId",
                        column: x => x.ScaleId,
                        principalTable: "CompScales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompScaleLevels",
                columns: table => new
                {
                    ScaleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNb = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameNn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompScaleLevels", x => new { x.ScaleId, x.Level });
                    table.ForeignKey(
                        name: "FK_CompScaleLevels_CompScales_ScaleId",
                        column: x => x.ScaleId,
                        principalTable: "CompScales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompetenceAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HasDocument = table.Column<bool>(type: "bit", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompEvidence_CompAreas_CompetenceAreaId",
                        column: x => x.CompetenceAreaId,
                        principalTable: "CompAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompEvidence_OrgPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OrgPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JobRoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompetenceAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompRequirements_CompAreas_CompetenceAreaId",
                        column: x => x.CompetenceAreaId,
                        principalTable: "CompAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompRequirements_OrgJobRoles_JobRoleId",
                        column: x => x.JobRoleId,
                        principalTable: "OrgJobRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompRequirements_OrgOffices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "OrgOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompRequirements_OrgRegions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "OrgRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompEvidenceDocuments",
                columns: table => new
                {
                    EvidenceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompEvidenceDocuments", x => x.EvidenceId);
                    table.ForeignKey(
                        name: "FK_CompEvidenceDocuments_CompEvidence_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "CompEvidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompRequirementVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequirementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    MinimumLevel = table.Column<int>(type: "int", nullable: false),
                    DeadlineMonths = table.Column<int>(type: "int", nullable: false),
                    RenewalMonths = table.Column<int>(type: "int", nullable: true),
                    IsMandatory = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompRequirementVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompRequirementVersions_CompRequirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "CompRequirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompAreas_CategoryId",
                table: "CompAreas",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_CompAreas_Code",
                table: "CompAreas",
                column: "Code",
                unique: true,
                filter: "[IsDeleted] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_CompAreas_ScaleId",
                table: "CompAreas",
                column: "ScaleId");

            migrationBuilder.CreateIndex(
                name: "IX_CompEvidence_CompetenceAreaId",
                table: "CompEvidence",
                column: "CompetenceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CompEvidence_PersonId_CompetenceAreaId",
                table: "CompEvidence",
                columns: new[] { "PersonId", "CompetenceAreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_CompEvidence_State",
                table: "CompEvidence",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_CompPersonStatuses_CompetenceAreaId_Status",
                table: "CompPersonStatuses",
                columns: new[] { "CompetenceAreaId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CompPersonStatuses_OfficeId_CompetenceAreaId_IsMandatory_Status",
                table: "CompPersonStatuses",
                columns: new[] { "OfficeId", "CompetenceAreaId", "IsMandatory", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CompPersonStatuses_RegionId_CompetenceAreaId_IsMandatory_Status",
                table: "CompPersonStatuses",
                columns: new[] { "RegionId", "CompetenceAreaId", "IsMandatory", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CompReminders_PersonId_RequirementId_ValidUntil",
                table: "CompReminders",
                columns: new[] { "PersonId", "RequirementId", "ValidUntil" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompReminders_SentAt",
                table: "CompReminders",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_CompRequirements_CompetenceAreaId",
                table: "CompRequirements",
                column: "CompetenceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CompRequirements_JobRoleId_CompetenceAreaId",
                table: "CompRequirements",
                columns: new[] { "JobRoleId", "CompetenceAreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_CompRequirements_OfficeId",
                table: "CompRequirements",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_CompRequirements_RegionId",
                table: "CompRequirements",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_CompRequirementVersions_RequirementId_ValidFrom",
                table: "CompRequirementVersions",
                columns: new[] { "RequirementId", "ValidFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompEvidenceDocuments");

            migrationBuilder.DropTable(
                name: "CompPersonStatuses");

            migrationBuilder.DropTable(
                name: "CompReminders");

            migrationBuilder.DropTable(
                name: "CompRequirementVersions");

            migrationBuilder.DropTable(
                name: "CompScaleLevels");

            migrationBuilder.DropTable(
                name: "CompEvidence");

            migrationBuilder.DropTable(
                name: "CompRequirements");

            migrationBuilder.DropTable(
                name: "CompAreas");

            migrationBuilder.DropTable(
                name: "CompCategories");

            migrationBuilder.DropTable(
                name: "CompScales");
        }
    }
}
