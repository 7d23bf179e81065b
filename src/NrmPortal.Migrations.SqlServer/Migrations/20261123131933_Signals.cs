using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrmPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Signals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorListVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HandlingInstructionEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    HandlingInstructionNl = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorListVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastValue = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => new { x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Signals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReporterUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReporterOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReporterOrganisationType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Context = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Region = table.Column<int>(type: "int", nullable: false),
                    IndicatorListVersion = table.Column<int>(type: "int", nullable: false),
                    ExploitationForms = table.Column<int>(type: "int", nullable: false),
                    ImmediateDanger = table.Column<bool>(type: "bit", nullable: false),
                    ConsentToRegistration = table.Column<bool>(type: "bit", nullable: true),
                    Account = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AgeAtReport = table.Column<int>(type: "int", nullable: true),
                    IsMinor = table.Column<bool>(type: "bit", nullable: true),
                    NationalityGroup = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonAccompaniedByParentOrGuardian = table.Column<bool>(type: "bit", nullable: true),
                    PersonAccompanyingChildren = table.Column<int>(type: "int", nullable: false),
                    PersonAlias = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PersonDateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    PersonEstimatedAge = table.Column<int>(type: "int", nullable: true),
                    PersonLanguages = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PersonName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PersonNationality = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    PersonSex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PersonWhereabouts = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    IndicatorListVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TextNl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    PointsTo = table.Column<int>(type: "int", nullable: false),
                    ConcernsMinors = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => new { x.IndicatorListVersionId, x.Code });
                    table.ForeignKey(
                        name: "FK_Indicators_IndicatorListVersions_IndicatorListVersionId",
                        column: x => x.IndicatorListVersionId,
                        principalTable: "IndicatorListVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignalIndicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    SignalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignalIndicators", x => new { x.SignalId, x.Code });
                    table.ForeignKey(
                        name: "FK_SignalIndicators_Signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "Signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorListVersions_Number",
                table: "IndicatorListVersions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Signals_Reference",
                table: "Signals",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Signals_ReporterOrganisationId_ReportedAtUtc",
                table: "Signals",
                columns: new[] { "ReporterOrganisationId", "ReportedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Signals_Status_ReportedAtUtc",
                table: "Signals",
                columns: new[] { "Status", "ReportedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "SignalIndicators");

            migrationBuilder.DropTable(
                name: "IndicatorListVersions");

            migrationBuilder.DropTable(
                name: "Signals");
        }
    }
}
