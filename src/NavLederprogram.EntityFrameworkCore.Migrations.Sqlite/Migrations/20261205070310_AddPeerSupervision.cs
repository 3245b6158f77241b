using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPeerSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PsGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SupervisorPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoSupervisorPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Agreements = table.Column<string>(type: "TEXT", nullable: true),
                    Schedule = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsGroups_OrgRegions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "OrgRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PsSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorAreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupervisorMinimumLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipationGrants = table.Column<string>(type: "TEXT", nullable: false),
                    MeetingsForEvidence = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidencePeriodMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PsSupervisors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeIds = table.Column<string>(type: "TEXT", nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsSupervisors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsSupervisors_OrgPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OrgPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PsSupervisors_OrgRegions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "OrgRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PsGroupMembers",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAgreementVersion = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsGroupMembers", x => new { x.GroupId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_PsGroupMembers_PsGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PsGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PsMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalStartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HeldAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsMeetings_PsGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PsGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PsReflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProtectedText = table.Column<string>(type: "TEXT", nullable: false),
                    SharedWithGroupAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsReflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsReflections_PsGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PsGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PsCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsCases_PsGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PsGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PsCases_PsMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PsMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PsCases_GroupId_MeetingId",
                table: "PsCases",
                columns: new[] { "GroupId", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_PsCases_MeetingId",
                table: "PsCases",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PsGroupMembers_PersonId",
                table: "PsGroupMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PsGroups_CoSupervisorPersonId",
                table: "PsGroups",
                column: "CoSupervisorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PsGroups_RegionId",
                table: "PsGroups",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PsGroups_SupervisorPersonId",
                table: "PsGroups",
                column: "SupervisorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PsMeetings_GroupId_StartsAt",
                table: "PsMeetings",
                columns: new[] { "GroupId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PsMeetings_StartsAt",
                table: "PsMeetings",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_PsReflections_AuthorPersonId_GroupId",
                table: "PsReflections",
                columns: new[] { "AuthorPersonId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_PsReflections_GroupId_SharedWithGroupAt",
                table: "PsReflections",
                columns: new[] { "GroupId", "SharedWithGroupAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PsSupervisors_PersonId_IsActive",
                table: "PsSupervisors",
                columns: new[] { "PersonId", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_PsSupervisors_RegionId_IsActive",
                table: "PsSupervisors",
                columns: new[] { "RegionId", "IsActive" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PsCases");

            migrationBuilder.DropTable(
                name: "PsGroupMembers");

            migrationBuilder.DropTable(
                name: "PsReflections");

            migrationBuilder.DropTable(
                name: "PsSettings");

            migrationBuilder.DropTable(
                name: "PsSupervisors");

            migrationBuilder.DropTable(
                name: "PsMeetings");

            migrationBuilder.DropTable(
                name: "PsGroups");
        }
    }
}
