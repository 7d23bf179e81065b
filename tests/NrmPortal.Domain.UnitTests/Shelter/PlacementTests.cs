using NrmPortal.Domain.Common;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Domain.UnitTests.Shelter;

/// <summary>A placement: requested, placed on arrival, ended once with a reason that suits how far it got.</summary>
public sealed class PlacementTests
{
    /// <summary>23 November 2026, 10:00 UTC (11:00 in the Netherlands).</summary>
    private static readonly DateTime RequestedAt = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly RequestDay = new(2026, 11, 23);
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Placement Requested(DateTime? at = null) => Placement.Request(Guid.NewGuid(), Guid.NewGuid(), at ?? RequestedAt);

    private static Placement Placed(DateOnly? on = null)
    {
        var placement = Requested();
        placement.ConfirmArrival(on ?? RequestDay, Today);
        return placement;
    }

    [Fact]
    public void A_request_is_active_and_waits_for_arrival()
    {
        var victimId = Guid.NewGuid();
        var facilityId = Guid.NewGuid();

        var placement = Placement.Request(victimId, facilityId, RequestedAt);

        Assert.Equal((victimId, facilityId, PlacementStatus.Requested, true, RequestedAt), (placement.VictimId, placement.FacilityId, placement.Status, placement.IsActive, placement.RequestedAtUtc));
        Assert.Null(placement.ArrivedOn);
        Assert.Null(placement.EndedOn);
        Assert.Null(placement.TransferredFromId);
    }

    [Fact]
    public void A_transfer_request_remembers_where_it_came_from_and_why()
    {
        var from = Guid.NewGuid();

        var placement = Placement.Request(Guid.NewGuid(), Guid.NewGuid(), RequestedAt, from, TransferReason.Safety);

        Assert.Equal((from, TransferReason.Safety), (placement.TransferredFromId, placement.TransferReason));
    }

    // Arrival.

    [Theory]
    [InlineData("2026-11-23")] // the day of the request
    [InlineData("2026-11-27")]
    [InlineData("2026-11-30")] // today
    public void Arrival_is_confirmed_from_the_day_of_the_request_up_to_today(string on)
    {
        var placement = Requested();
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);

        placement.ConfirmArrival(date, Today);

        Assert.Equal((PlacementStatus.Placed, date, true), (placement.Status, placement.ArrivedOn, placement.IsActive));
    }

    [Fact]
    public void Arrival_cannot_lie_before_the_request()
    {
        var placement = Requested();

        Assert.Throws<DomainException>(() => placement.ConfirmArrival(RequestDay.AddDays(-1), Today));
        Assert.Equal(PlacementStatus.Requested, placement.Status);
    }

    [Fact]
    public void The_request_day_is_the_Dutch_calendar_day()
    {
        // 23:30 UTC on 22 November is 00:30 on 23 November in the Netherlands.
        var placement = Requested(new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Utc));

        Assert.Throws<DomainException>(() => placement.ConfirmArrival(new DateOnly(2026, 11, 22), Today));
        placement.ConfirmArrival(new DateOnly(2026, 11, 23), Today);
        Assert.Equal(PlacementStatus.Placed, placement.Status);
    }

    [Fact]
    public void Arrival_cannot_lie_in_the_future()
    {
        var placement = Requested();

        Assert.Throws<DomainException>(() => placement.ConfirmArrival(Today.AddDays(1), Today));
        Assert.Null(placement.ArrivedOn);
    }

    [Fact]
    public void Arrival_is_confirmed_only_for_a_requested_place()
    {
        var placed = Placed();
        var ended = Requested();
        ended.End(Today, PlacementEndReason.NotArrived, Today);

        Assert.Throws<DomainException>(() => placed.ConfirmArrival(Today, Today));
        Assert.Throws<DomainException>(() => ended.ConfirmArrival(Today, Today));
        Assert.Equal(RequestDay, placed.ArrivedOn);
        Assert.Null(ended.ArrivedOn);
    }

    // Ending.

    [Theory]
    [InlineData(PlacementEndReason.NotArrived, true)]
    [InlineData(PlacementEndReason.Transferred, true)]
    [InlineData(PlacementEndReason.MovedOnToFollowOnShelter, false)]
    [InlineData(PlacementEndReason.IndependentHousing, false)]
    [InlineData(PlacementEndReason.Returned, false)]
    [InlineData(PlacementEndReason.LeftToUnknownDestination, false)]
    public void A_request_never_taken_up_ends_as_not_arrived_or_transferred(PlacementEndReason reason, bool allowed)
    {
        var placement = Requested();

        var refused = Record.Exception(() => placement.End(Today, reason, Today));

        if (allowed)
        {
            Assert.Null(refused);
            Assert.Equal((PlacementStatus.Ended, false, Today, reason), (placement.Status, placement.IsActive, placement.EndedOn, placement.EndReason));
        }
        else
        {
            Assert.IsType<DomainException>(refused);
            Assert.Equal((PlacementStatus.Requested, true), (placement.Status, placement.IsActive));
        }
    }

    [Theory]
    [InlineData(PlacementEndReason.NotArrived, false)] // the person did arrive
    [InlineData(PlacementEndReason.Transferred, true)]
    [InlineData(PlacementEndReason.MovedOnToFollowOnShelter, true)]
    [InlineData(PlacementEndReason.IndependentHousing, true)]
    [InlineData(PlacementEndReason.Returned, true)]
    [InlineData(PlacementEndReason.LeftToUnknownDestination, true)]
    public void A_placement_after_arrival_ends_with_how_the_person_left(PlacementEndReason reason, bool allowed)
    {
        var placement = Placed();

        var refused = Record.Exception(() => placement.End(Today, reason, Today));

        if (allowed)
        {
            Assert.Null(refused);
            Assert.Equal((PlacementStatus.Ended, false, Today, reason), (placement.Status, placement.IsActive, placement.EndedOn, placement.EndReason));
        }
        else
        {
            Assert.IsType<DomainException>(refused);
            Assert.Equal((PlacementStatus.Placed, true), (placement.Status, placement.IsActive));
        }
    }

    [Fact]
    public void An_ended_placement_cannot_end_again()
    {
        var placement = Placed();
        placement.End(Today, PlacementEndReason.Returned, Today);

        Assert.Throws<DomainException>(() => placement.End(Today, PlacementEndReason.IndependentHousing, Today));
        Assert.Equal(PlacementEndReason.Returned, placement.EndReason);
    }

    [Fact]
    public void The_end_cannot_lie_before_the_arrival_or_in_the_future()
    {
        var placement = Placed(RequestDay.AddDays(2));

        Assert.Throws<DomainException>(() => placement.End(RequestDay.AddDays(1), PlacementEndReason.Returned, Today));
        Assert.Throws<DomainException>(() => placement.End(Today.AddDays(1), PlacementEndReason.Returned, Today));
        placement.End(RequestDay.AddDays(2), PlacementEndReason.Returned, Today); // the day of arrival itself
        Assert.Equal(PlacementStatus.Ended, placement.Status);
    }
}
