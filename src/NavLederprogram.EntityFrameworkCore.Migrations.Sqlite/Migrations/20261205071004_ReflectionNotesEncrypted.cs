using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20000,
                oldNullable: false);

            migrationBuilder.CreateTable(
                name: "PrivateTextKeys",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyEncryptionKeyId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: false);

            migrationBuilder.RenameColumn(
                name: "ProtectedText",
                table: "ProgReflectionNotes",
                newName: "Text");
        }
    }
}
