using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NavLederprogram.EntityFrameworkCore.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NotificationsAddressUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NotifNotifications_PersonId_DeduplicationKey",
                table: "NotifNotifications");

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "NotifNotifications",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            // Notifications to a person who had a user account are now addressed to that user.
            migrationBuilder.Sql("UPDATE [NotifNotifications] SET [UserId] = (SELECT [p].[UserId] FROM [OrgPeople] [p] WHERE [p].[Id] = [NotifNotifications].[PersonId]) WHERE [UserId] IS NULL AND [PersonId] IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_NotifNotifications_PersonId_DeduplicationKey",
                table: "NotifNotifications",
                columns: new[] { "PersonId", "DeduplicationKey" },
                unique: true,
                filter: "[PersonId] IS NOT NULL AND [DeduplicationKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NotifNotifications_UserId_DeduplicationKey",
                table: "NotifNotifications",
                columns: new[] { "UserId", "DeduplicationKey" },
                unique: true,
                filter: "[UserId] IS NOT NULL AND [DeduplicationKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Before, every notification went to a person: those to users without one cannot be kept.
            migrationBuilder.Sql("DELETE FROM [NotifNotifications] WHERE [PersonId] IS NULL;");

            migrationBuilder.DropIndex(
                name: "IX_NotifNotifications_PersonId_DeduplicationKey",
                table: "NotifNotifications");

            migrationBuilder.DropIndex(
                name: "IX_NotifNotifications_UserId_DeduplicationKey",
                table: "NotifNotifications");

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "NotifNotifications",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotifNotifications_PersonId_DeduplicationKey",
                table: "NotifNotifications",
                columns: new[] { "PersonId", "DeduplicationKey" },
                unique: true,
                filter: "[DeduplicationKey] IS NOT NULL");
        }
    }
}
