using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrmPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsAndReception : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GuardianOrganisationId",
                table: "PossibleVictims",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReceptionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VictimId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoaOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AllowanceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AllowanceUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    HealthCostCover = table.Column<bool>(type: "bit", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionRecords_Organisations_CoaOrganisationId",
                        column: x => x.CoaOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionRecords_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VictimId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ToOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Need = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ConsentRecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HandoverNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DeclineReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RespondedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConsentWithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_FromOrganisationId",
                        column: x => x.FromOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_ToOrganisationId",
                        column: x => x.ToOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PossibleVictims_GuardianOrganisationId_DateOfBirth",
                table: "PossibleVictims",
                columns: new[] { "GuardianOrganisationId", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionRecords_CoaOrganisationId",
                table: "ReceptionRecords",
                column: "CoaOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionRecords_VictimId_AllowanceFrom",
                table: "ReceptionRecords",
                columns: new[] { "VictimId", "AllowanceFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionRecords_VictimId_Open",
                table: "ReceptionRecords",
                column: "VictimId",
                unique: true,
                filter: "[EndedOn] IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FromOrganisationId_SentAtUtc",
                table: "Referrals",
                columns: new[] { "FromOrganisationId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ToOrganisationId_Status_SentAtUtc",
                table: "Referrals",
                columns: new[] { "ToOrganisationId", "Status", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_VictimId",
                table: "Referrals",
                column: "VictimId");

            migrationBuilder.AddForeignKey(
                name: "FK_PossibleVictims_Organisations_GuardianOrganisationId",
                table: "PossibleVictims",
                column: "GuardianOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PossibleVictims_Organisations_GuardianOrganisationId",
                table: "PossibleVictims");

            migrationBuilder.DropTable(
                name: "ReceptionRecords");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_PossibleVictims_GuardianOrganisationId_DateOfBirth",
                table: "PossibleVictims");

            migrationBuilder.DropColumn(
                name: "GuardianOrganisationId",
                table: "PossibleVictims");
        }
    }
}
