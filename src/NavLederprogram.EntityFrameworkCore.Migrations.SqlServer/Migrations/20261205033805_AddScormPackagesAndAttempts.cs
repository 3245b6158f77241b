using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddScormPackagesAndAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ELearningScormPackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FileCount = table.Column<int>(type: "int", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Scos = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ELearningScormPackages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ELearningScormAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PackageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScoIdentifier = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Version = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    SessionNumber = table.Column<int>(type: "int", nullable: false),
                    Entry = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Exit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SuccessStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ScoreRaw = table.Column<decimal>(type: "decimal(18,7)", precision: 18, scale: 7, nullable: true),
                    ScoreMin = table.Column<decimal>(type: "decimal(18,7)", precision: 18, scale: 7, nullable: true),
                    ScoreMax = table.Column<decimal>(type: "decimal(18,7)", precision: 18, scale: 7, nullable: true),
                    ScoreScaled = table.Column<decimal>(type: "decimal(10,7)", precision: 10, scale: 7, nullable: true),
                    ProgressMeasure = table.Column<decimal>(type: "decimal(10,7)", precision: 10, scale: 7, nullable: true),
                    Location = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SuspendData = table.Column<string>(type: "nvarchar(max)", maxLength: 64000, nullable: true),
                    EarlierSessionsTime = table.Column<long>(type: "bigint", nullable: false),
                    SessionTime = table.Column<long>(type: "bigint", nullable: false),
                    RuntimeData = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LastCommitAt = table.Column<DateTime>(type: "datetime2", nullable: true),
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
                    table.PrimaryKey("PK_ELearningScormAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ELearningScormAttempts_ELearningScormPackages_PackageId",
                        column: x => x.PackageId,
                        principalTable: "ELearningScormPackages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ELearningScormAttempts_PackageId",
                table: "ELearningScormAttempts",
                column: "PackageId");

            migrationBuilder.CreateIndex(
                name: "IX_ELearningScormAttempts_PersonId_PackageId_ScoIdentifier",
                table: "ELearningScormAttempts",
                columns: new[] { "PersonId", "PackageId", "ScoIdentifier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ELearningScormPackages_CourseId",
                table: "ELearningScormPackages",
                column: "CourseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ELearningScormAttempts");

            migrationBuilder.DropTable(
                name: "ELearningScormPackages");
        }
    }
}
