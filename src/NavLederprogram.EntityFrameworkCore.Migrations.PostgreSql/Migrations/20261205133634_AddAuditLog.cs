using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PurgedThroughSequence = table.Column<long>(type: "bigint", nullable: false),
                    PurgedAnchorHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AudChainVerifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    VerifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
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
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RemoteAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubjectPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    Detail = table.Column<string>(type: "text", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            // Append-only at the database too: no update or truncate, and a delete only of what retention has already cut off the
            // chain (the purge moves the head's PurgedThroughSequence first). Someone who can drop a trigger can still tamper: the
            // hash chain is what makes that detectable (docs/decisions.md).
            migrationBuilder.Sql("""
                CREATE FUNCTION "AudEntries_AppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        IF OLD."Sequence" <= (SELECT "PurgedThroughSequence" FROM "AudChainHead" WHERE "Id" = 1) THEN
                            RETURN OLD;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'The audit log is append-only.';
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AudEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AudEntries"
                    FOR EACH ROW EXECUTE FUNCTION "AudEntries_AppendOnly"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AudEntries_NoTruncate" BEFORE TRUNCATE ON "AudEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AudEntries_AppendOnly"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AudEntries_NoTruncate\" ON \"AudEntries\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AudEntries_AppendOnly\" ON \"AudEntries\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS \"AudEntries_AppendOnly\"();");

            migrationBuilder.DropTable(
                name: "AudChainHead");

            migrationBuilder.DropTable(
                name: "AudChainVerifications");

            migrationBuilder.DropTable(
                name: "AudEntries");
        }
    }
}
