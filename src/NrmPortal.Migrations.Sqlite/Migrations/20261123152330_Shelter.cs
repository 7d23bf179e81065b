using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Shelter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ShelterFacilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    Occupied = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfidentialAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcceptsAccompanyingChildren = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExcludesAcutePsychiatricProblems = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExcludesAddictionProblems = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExcludesCouples = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaximumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    AdmitsNationalities = table.Column<int>(type: "INTEGER", nullable: false),
                    AdmitsSexes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShelterFacilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShelterFacilities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WaitingListEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsWaiting = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Placed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitingListEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaitingListEntries_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    TransferReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TransferredFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_PossibleVictims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "PossibleVictims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_ShelterFacilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "ShelterFacilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_FacilityId_IsActive",
                table: "Placements",
                columns: new[] { "FacilityId", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VictimId_Active",
                table: "Placements",
                column: "VictimId",
                unique: true,
                filter: "[IsActive] = 1");

            migrationBuilder.CreateIndex(
                name: "IX_ShelterFacilities_OrganisationId_Name",
                table: "ShelterFacilities",
                columns: new[] { "OrganisationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ShelterFacilities_Type_Region",
                table: "ShelterFacilities",
                columns: new[] { "Type", "Region" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitingListEntries_List_IsWaiting_AddedAtUtc",
                table: "WaitingListEntries",
                columns: new[] { "List", "IsWaiting", "AddedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitingListEntries_VictimId_List_Waiting",
                table: "WaitingListEntries",
                columns: new[] { "VictimId", "List" },
                unique: true,
                filter: "[IsWaiting] = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "WaitingListEntries");

            migrationBuilder.DropTable(
                name: "ShelterFacilities");
        }
    }
}
