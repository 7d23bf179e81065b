using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrmPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Triage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TriageNote",
                table: "Signals",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TriagedAtUtc",
                table: "Signals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TriagedBy",
                table: "Signals",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VictimId",
                table: "Signals",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PossibleVictims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    DateOfBirthEstimated = table.Column<bool>(type: "bit", nullable: false),
                    AgeAtRegistration = table.Column<int>(type: "int", nullable: true),
                    IsMinor = table.Column<bool>(type: "bit", nullable: true),
                    NationalityCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    NationalityGroup = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExploitationForms = table.Column<int>(type: "int", nullable: false),
                    FirstReporterType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AccompanyingChildren = table.Column<int>(type: "int", nullable: false),
                    Languages = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Region = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CloseReason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PossibleVictims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimelineEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    VictimId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimelineEvents_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimNames",
                columns: table => new
                {
                    Normalised = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VictimId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsAlias = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimNames", x => new { x.VictimId, x.Normalised });
                    table.ForeignKey(
                        name: "FK_VictimNames_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Signals_ReportedAtUtc_Id",
                table: "Signals",
                columns: new[] { "ReportedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Signals_VictimId",
                table: "Signals",
                column: "VictimId");

            migrationBuilder.CreateIndex(
                name: "IX_PossibleVictims_DateOfBirth_NationalityCode",
                table: "PossibleVictims",
                columns: new[] { "DateOfBirth", "NationalityCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PossibleVictims_RegistrationNumber",
                table: "PossibleVictims",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_VictimId",
                table: "TimelineEvents",
                column: "VictimId");

            migrationBuilder.CreateIndex(
                name: "IX_VictimNames_Normalised",
                table: "VictimNames",
                column: "Normalised");

            migrationBuilder.AddForeignKey(
                name: "FK_Signals_PossibleVictims_VictimId",
                table: "Signals",
                column: "VictimId",
                principalTable: "PossibleVictims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Signals_PossibleVictims_VictimId",
                table: "Signals");

            migrationBuilder.DropTable(
                name: "TimelineEvents");

            migrationBuilder.DropTable(
                name: "VictimNames");

            migrationBuilder.DropTable(
                name: "PossibleVictims");

            migrationBuilder.DropIndex(
                name: "IX_Signals_ReportedAtUtc_Id",
                table: "Signals");

            migrationBuilder.DropIndex(
                name: "IX_Signals_VictimId",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "TriageNote",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "TriagedAtUtc",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "TriagedBy",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "VictimId",
                table: "Signals");
        }
    }
}
