using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SecurityAndPrivacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Normalised",
                table: "VictimNames",
                newName: "NameIndex");

            migrationBuilder.RenameIndex(
                name: "IX_VictimNames_Normalised",
                table: "VictimNames",
                newName: "IX_VictimNames_NameIndex");

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAtUtc",
                table: "Signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "Signals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldLiftReason",
                table: "Signals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldLiftedAtUtc",
                table: "Signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LegalHoldLiftedBy",
                table: "Signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldPlacedAtUtc",
                table: "Signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LegalHoldPlacedBy",
                table: "Signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Signals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAtUtc",
                table: "PossibleVictims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "PossibleVictims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldLiftReason",
                table: "PossibleVictims",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldLiftedAtUtc",
                table: "PossibleVictims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LegalHoldLiftedBy",
                table: "PossibleVictims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldPlacedAtUtc",
                table: "PossibleVictims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LegalHoldPlacedBy",
                table: "PossibleVictims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "PossibleVictims",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BreakGlass",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfUserId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Success");

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastTotpTimeStep",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreakGlassGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Justified = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreakGlassGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ErasureRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasureRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ErasureRequests_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Ticket = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHead",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Signals_Status_TriagedAtUtc",
                table: "Signals",
                columns: new[] { "Status", "TriagedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PossibleVictims_Status_ClosedAtUtc",
                table: "PossibleVictims",
                columns: new[] { "Status", "ClosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityId_OccurredAtUtc",
                table: "AuditEntries",
                columns: new[] { "EntityId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true,
                filter: "Sequence > 0");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectId_OccurredAtUtc",
                table: "AuditEntries",
                columns: new[] { "SubjectId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BreakGlassGrants_ReviewedAtUtc_GrantedAtUtc",
                table: "BreakGlassGrants",
                columns: new[] { "ReviewedAtUtc", "GrantedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BreakGlassGrants_UserId_EntityType_EntityId_ExpiresAtUtc",
                table: "BreakGlassGrants",
                columns: new[] { "UserId", "EntityType", "EntityId", "ExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ErasureRequests_Status_RequestedAtUtc",
                table: "ErasureRequests",
                columns: new[] { "Status", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ErasureRequests_VictimId",
                table: "ErasureRequests",
                column: "VictimId");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_ExpiresAtUtc",
                table: "UserSessions",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");

            // The access log is append-only (NEN 7513, requirement L6): the database refuses UPDATE and DELETE on it.
            migrationBuilder.Sql(NrmPortal.Infrastructure.Persistence.AuditLogSql.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(NrmPortal.Infrastructure.Persistence.AuditLogSql.SqliteDrop);

            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropTable(
                name: "BreakGlassGrants");

            migrationBuilder.DropTable(
                name: "ErasureRequests");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropIndex(
                name: "IX_Signals_Status_TriagedAtUtc",
                table: "Signals");

            migrationBuilder.DropIndex(
                name: "IX_PossibleVictims_Status_ClosedAtUtc",
                table: "PossibleVictims");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityId_OccurredAtUtc",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_SubjectId_OccurredAtUtc",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "AnonymisedAtUtc",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "LegalHoldLiftReason",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "LegalHoldLiftedAtUtc",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "LegalHoldLiftedBy",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "LegalHoldPlacedAtUtc",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "LegalHoldPlacedBy",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "AnonymisedAtUtc",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "LegalHoldLiftReason",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "LegalHoldLiftedAtUtc",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "LegalHoldLiftedBy",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "LegalHoldPlacedAtUtc",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "LegalHoldPlacedBy",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "BreakGlass",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfUserId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "LastTotpTimeStep",
                table: "AspNetUsers");

            migrationBuilder.RenameColumn(
                name: "NameIndex",
                table: "VictimNames",
                newName: "Normalised");

            migrationBuilder.RenameIndex(
                name: "IX_VictimNames_NameIndex",
                table: "VictimNames",
                newName: "IX_VictimNames_Normalised");
        }
    }
}
