using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PurgedThroughSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PurgedAnchorHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AudChainVerifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerifiedThroughSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    EntriesChecked = table.Column<long>(type: "INTEGER", nullable: false),
                    BrokenAtSequence = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudChainVerifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AudEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubjectPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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

            // Append-only at the database too: no update, and a delete only of what retention has already cut off the chain
            // (the purge moves the head's PurgedThroughSequence first). Someone who can drop a trigger can still tamper: the hash
            // chain is what makes that detectable (docs/decisions.md).
            migrationBuilder.Sql("CREATE TRIGGER \"AudEntries_NoUpdate\" BEFORE UPDATE ON \"AudEntries\" "
                + "BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"AudEntries_NoDelete\" BEFORE DELETE ON \"AudEntries\" "
                + "WHEN OLD.\"Sequence\" > (SELECT \"PurgedThroughSequence\" FROM \"AudChainHead\" WHERE \"Id\" = 1) "
                + "BEGIN SELECT RAISE(ABORT, 'Audit entries are removed only by retention, from the old end.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AudEntries_NoDelete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AudEntries_NoUpdate\";");

            migrationBuilder.DropTable(
                name: "AudChainHead");

            migrationBuilder.DropTable(
                name: "AudChainVerifications");

            migrationBuilder.DropTable(
                name: "AudEntries");
        }
    }
}
