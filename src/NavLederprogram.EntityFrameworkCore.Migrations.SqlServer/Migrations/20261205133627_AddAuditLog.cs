using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AudChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PurgedThroughSequence = table.Column<long>(type: "bigint", nullable: false),
                    PurgedAnchorHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AudChainVerifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    VerifiedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VerifiedThroughSequence = table.Column<long>(type: "bigint", nullable: false),
                    EntriesChecked = table.Column<long>(type: "bigint", nullable: false),
                    BrokenAtSequence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudChainVerifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AudEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RemoteAddress = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SubjectPersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SubjectUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Target = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Before = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    After = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PreviousHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudEntries", x => x.Sequence);
                });

            migrationBuilder.InsertData(
                table: "AudChainHead",
                columns: new[] { "Id", "LastHash", "LastSequence", "PurgedAnchorHash", "PurgedThroughSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_AudEntries_ActorUserId",
                table: "AudEntries",
                column: "ActorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AudEntries_Kind_OccurredAt",
                table: "AudEntries",
                columns: new[] { "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AudEntries_OccurredAt",
                table: "AudEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AudEntries_SubjectPersonId",
                table: "AudEntries",
                column: "SubjectPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AudEntries_SubjectUserId",
                table: "AudEntries",
                column: "SubjectUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AudChainHead");

            migrationBuilder.DropTable(
                name: "AudChainVerifications");

            migrationBuilder.DropTable(
                name: "AudEntries");
        }
    }
}
