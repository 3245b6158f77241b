using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeContentInNynorskAndEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "ProgVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionNn",
                table: "ProgVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "ProgVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameNn",
                table: "ProgVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "ProgProgrammes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionNn",
                table: "ProgProgrammes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "ProgProgrammes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameNn",
                table: "ProgProgrammes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "ProgVersions");

            migrationBuilder.DropColumn(
                name: "DescriptionNn",
                table: "ProgVersions");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "ProgVersions");

            migrationBuilder.DropColumn(
                name: "NameNn",
                table: "ProgVersions");

            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "ProgProgrammes");

            migrationBuilder.DropColumn(
                name: "DescriptionNn",
                table: "ProgProgrammes");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "ProgProgrammes");

            migrationBuilder.DropColumn(
                name: "NameNn",
                table: "ProgProgrammes");
        }
    }
}
