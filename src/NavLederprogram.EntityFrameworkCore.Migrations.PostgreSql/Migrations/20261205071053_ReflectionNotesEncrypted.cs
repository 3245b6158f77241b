using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReflectionNotesEncrypted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Kept, not dropped: the rows are encrypted in place after the migration (ReflectionNoteEncryption).
            migrationBuilder.RenameColumn(
                name: "Text",
                table: "ProgReflectionNotes",
                newName: "ProtectedText");

            migrationBuilder.AlterColumn<string>(
                name: "ProtectedText",
                table: "ProgReflectionNotes",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000,
                oldNullable: false);

            migrationBuilder.CreateTable(
                name: "PrivateTextKeys",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrappedKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KeyEncryptionKeyId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateTextKeys", x => x.PersonId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivateTextKeys");

            // Encrypted notes cannot be read back in an older version: they stay encrypted in the renamed column.
            migrationBuilder.AlterColumn<string>(
                name: "ProtectedText",
                table: "ProgReflectionNotes",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: false);

            migrationBuilder.RenameColumn(
                name: "ProtectedText",
                table: "ProgReflectionNotes",
                newName: "Text");
        }
    }
}
