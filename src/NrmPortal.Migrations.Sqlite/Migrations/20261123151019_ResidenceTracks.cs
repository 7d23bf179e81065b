using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResidenceTracks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReminderDispatches",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDispatches", x => new { x.OrganisationId, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "ResidenceTracks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PoliceOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NationalityGroup = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReflectionState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CaseState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ResidenceState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReflectionEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CooperationKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CooperationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CooperationUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TemporaryPermitKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    TemporaryPermitValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstPermitFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ThreeYearPointOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContinuedResidenceAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalIntendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StepCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidenceTracks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidenceTracks_Organisations_PoliceOrganisationId",
                        column: x => x.PoliceOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResidenceTracks_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResidenceTracks_Signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "Signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProsecutionDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Complaint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ComplaintDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrackId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProsecutionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProsecutionDecisions_ResidenceTracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "ResidenceTracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReflectionPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InterpreterLanguage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InDetention = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProsecutionConsentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedEarlyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EarlyEndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    TrackId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectionPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectionPeriods_ResidenceTracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "ResidenceTracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResidenceApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExOfficio = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsExtension = table.Column<bool>(type: "INTEGER", nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WithdrawalIntendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrackId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidenceApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidenceApplications_ResidenceTracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "ResidenceTracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProsecutionDecisions_TrackId",
                table: "ProsecutionDecisions",
                column: "TrackId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionPeriods_TrackId",
                table: "ReflectionPeriods",
                column: "TrackId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceApplications_TrackId",
                table: "ResidenceApplications",
                column: "TrackId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_ContinuedResidenceAppliedOn",
                table: "ResidenceTracks",
                column: "ContinuedResidenceAppliedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_CreatedAtUtc_Id",
                table: "ResidenceTracks",
                columns: new[] { "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_PoliceOrganisationId_ReflectionEndsOn",
                table: "ResidenceTracks",
                columns: new[] { "PoliceOrganisationId", "ReflectionEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_ReflectionEndsOn",
                table: "ResidenceTracks",
                column: "ReflectionEndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_ResidenceState_CooperationOn",
                table: "ResidenceTracks",
                columns: new[] { "ResidenceState", "CooperationOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_SignalId",
                table: "ResidenceTracks",
                column: "SignalId",
                unique: true,
                filter: "[SignalId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_TemporaryPermitValidUntil",
                table: "ResidenceTracks",
                column: "TemporaryPermitValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_ThreeYearPointOn",
                table: "ResidenceTracks",
                column: "ThreeYearPointOn");

            migrationBuilder.CreateIndex(
                name: "IX_ResidenceTracks_VictimId",
                table: "ResidenceTracks",
                column: "VictimId",
                unique: true,
                filter: "[VictimId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProsecutionDecisions");

            migrationBuilder.DropTable(
                name: "ReflectionPeriods");

            migrationBuilder.DropTable(
                name: "ReminderDispatches");

            migrationBuilder.DropTable(
                name: "ResidenceApplications");

            migrationBuilder.DropTable(
                name: "ResidenceTracks");
        }
    }
}
