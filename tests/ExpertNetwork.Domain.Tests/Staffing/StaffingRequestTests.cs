using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Staffing;

public sealed class StaffingRequestTests
{
    private static readonly DateTime OpenedUtc = TestClock.Now;
    private static readonly DateRange SixWeeks = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 12));

    private static StaffingRequest Open(
        int seats = 3, decimal hoursPerWeek = 20m, DateRange? window = null, decimal maxRate = 180m,
        int offerResponseHours = 48, int waveSize = 10) =>
        StaffingRequest.Open(
            Guid.NewGuid(), "Oncologists", Guid.NewGuid(), [], [], [], Activity.Annotation, seats, hoursPerWeek,
            window ?? SixWeeks, new Money(maxRate, "EUR"), offerResponseHours, false, waveSize, OpenedUtc);

    [Fact]
    public void A_new_request_is_open_with_every_seat_free()
    {
        var request = Open(seats: 50);

        request.Status.ShouldBe(StaffingRequestStatus.Open);
        request.SeatsOpen.ShouldBe(50);
        request.TimeToStaff.ShouldBeNull();
    }

    [Fact]
    public void Running_out_of_candidates_is_noted_once_until_offers_go_out_again()
    {
        var request = Open();

        request.NoteCandidatesExhausted(OpenedUtc.AddDays(2)).ShouldBeTrue();
        request.NoteCandidatesExhausted(OpenedUtc.AddDays(3)).ShouldBeFalse();
        request.CandidatesExhaustedUtc.ShouldBe(OpenedUtc.AddDays(2));

        request.NoteOffersSent();
        request.CandidatesExhaustedUtc.ShouldBeNull();
        request.NoteCandidatesExhausted(OpenedUtc.AddDays(4)).ShouldBeTrue();
    }

    [Fact]
    public void A_filled_or_closed_request_never_runs_out_of_candidates()
    {
        var filled = Open(seats: 1);
        filled.TakeSeat(OpenedUtc.AddDays(1));
        var closed = Open();
        closed.Close("Client paused the project", OpenedUtc.AddDays(1));

        filled.NoteCandidatesExhausted(OpenedUtc.AddDays(2)).ShouldBeFalse();
        closed.NoteCandidatesExhausted(OpenedUtc.AddDays(2)).ShouldBeFalse();
    }

    [Fact]
    public void The_request_remembers_who_opened_it()
    {
        var request = StaffingRequest.Open(
            Guid.NewGuid(), "Oncologists", Guid.NewGuid(), [], [], [], Activity.Annotation, 2, 10m, SixWeeks,
            new Money(150m, "EUR"), 48, true, 5, OpenedUtc, " pm@demo.local ");

        request.OpenedBy.ShouldBe("pm@demo.local");
        Open().OpenedBy.ShouldBeNull();
    }

    [Fact]
    public void Languages_are_normalised_and_the_main_specialty_is_not_repeated_as_a_subspecialty()
    {
        var specialty = Guid.NewGuid();
        var subspecialty = Guid.NewGuid();

        var request = StaffingRequest.Open(
            Guid.NewGuid(), "Oncologists", specialty, [specialty, subspecialty, subspecialty], [CredentialKind.MedicalLicense, CredentialKind.MedicalLicense],
            [" EN", "en", "", "Pl"], Activity.Review, 5, 10m, SixWeeks, new Money(150m, "EUR"), 48, true, 5, OpenedUtc);

        request.Languages.ShouldBe(["en", "pl"]);
        request.SubspecialtyIds.ShouldBe([subspecialty]);
        request.RequiredCredentialKinds.ShouldBe([CredentialKind.MedicalLicense]);
    }

    [Fact]
    public void A_request_needs_an_end_date()
    {
        Should.Throw<Refusal>(() => Open(window: new DateRange(new DateOnly(2026, 3, 2), null)))
            .Message.ShouldBe("A staffing request needs an end date.");
    }

    [Theory]
    [InlineData(0, 20, 180, 48, 10, "Seats must be between 1 and 500.")]
    [InlineData(501, 20, 180, 48, 10, "Seats must be between 1 and 500.")]
    [InlineData(3, 0, 180, 48, 10, "Hours per week must be between 0.25 and 80.")]
    [InlineData(3, 81, 180, 48, 10, "Hours per week must be between 0.25 and 80.")]
    [InlineData(3, 20, 0, 48, 10, "The maximum pay rate must be between 0.01 and 100000.")]
    [InlineData(3, 20, 180, 0, 10, "Experts have between 1 and 720 hours to answer an offer.")]
    [InlineData(3, 20, 180, 721, 10, "Experts have between 1 and 720 hours to answer an offer.")]
    [InlineData(3, 20, 180, 48, 0, "A wave is between 1 and 200 offers.")]
    [InlineData(3, 20, 180, 48, 201, "A wave is between 1 and 200 offers.")]
    public void A_request_outside_the_limits_is_refused(int seats, int hoursPerWeek, int maxRate, int offerResponseHours, int waveSize, string message)
    {
        Should.Throw<Refusal>(() => Open(seats, hoursPerWeek, null, maxRate, offerResponseHours, waveSize))
            .Message.ShouldBe(message);
    }

    [Fact]
    public void Taking_every_seat_fills_the_request()
    {
        var request = Open(seats: 2);

        request.TakeSeat(OpenedUtc.AddDays(1));
        request.Status.ShouldBe(StaffingRequestStatus.Open);
        request.TakeSeat(OpenedUtc.AddDays(3).AddHours(4));

        request.Status.ShouldBe(StaffingRequestStatus.Filled);
        request.SeatsOpen.ShouldBe(0);
        request.FilledUtc.ShouldBe(OpenedUtc.AddDays(3).AddHours(4));
    }

    [Fact]
    public void Time_to_staff_runs_from_opening_to_the_last_seat_accepted()
    {
        var request = Open(seats: 1);

        request.TakeSeat(OpenedUtc.AddHours(30));

        request.TimeToStaff.ShouldBe(TimeSpan.FromHours(30));
    }

    [Fact]
    public void The_last_seat_cannot_be_taken_twice()
    {
        var request = Open(seats: 1);
        request.TakeSeat(OpenedUtc.AddHours(1));

        Should.Throw<Refusal>(() => request.TakeSeat(OpenedUtc.AddHours(1)))
            .Message.ShouldBe("All seats on this request have already been filled.");
        request.SeatsFilled.ShouldBe(1);
    }

    [Fact]
    public void A_seat_cannot_be_taken_on_a_closed_request()
    {
        var request = new StaffingRequestBuilder().Closed().Build();

        Should.Throw<Refusal>(() => request.TakeSeat(OpenedUtc.AddDays(2)))
            .Message.ShouldBe("This staffing request is closed.");
    }

    [Fact]
    public void Releasing_a_seat_reopens_a_filled_request()
    {
        var request = new StaffingRequestBuilder().WithSeats(2).Filled().Build();

        request.ReleaseSeat();

        request.Status.ShouldBe(StaffingRequestStatus.Open);
        request.SeatsOpen.ShouldBe(1);
        request.FilledUtc.ShouldBeNull();
        request.TimeToStaff.ShouldBeNull();
    }

    [Fact]
    public void Releasing_a_seat_on_an_open_request_frees_it()
    {
        var request = Open(seats: 3);
        request.TakeSeat(OpenedUtc.AddHours(1));

        request.ReleaseSeat();

        request.SeatsFilled.ShouldBe(0);
        request.Status.ShouldBe(StaffingRequestStatus.Open);
    }

    [Fact]
    public void Releasing_a_seat_when_none_is_taken_is_refused()
    {
        Should.Throw<Refusal>(() => Open().ReleaseSeat())
            .Message.ShouldBe("No seat is taken on this request.");
    }

    [Fact]
    public void Adding_seats_to_a_filled_request_opens_it_again()
    {
        var request = new StaffingRequestBuilder().WithSeats(2).Filled().Build();

        request.ChangeSeats(5, OpenedUtc.AddDays(5));

        request.Status.ShouldBe(StaffingRequestStatus.Open);
        request.SeatsOpen.ShouldBe(3);
        request.FilledUtc.ShouldBeNull();
    }

    [Fact]
    public void Shrinking_a_request_to_the_seats_already_filled_fills_it()
    {
        var request = Open(seats: 5);
        request.TakeSeat(OpenedUtc.AddHours(1));
        request.TakeSeat(OpenedUtc.AddHours(2));

        request.ChangeSeats(2, OpenedUtc.AddDays(2));

        request.Status.ShouldBe(StaffingRequestStatus.Filled);
        request.FilledUtc.ShouldBe(OpenedUtc.AddDays(2));
    }

    [Fact]
    public void Shrinking_below_the_seats_already_filled_is_refused()
    {
        var request = Open(seats: 5);
        request.TakeSeat(OpenedUtc.AddHours(1));
        request.TakeSeat(OpenedUtc.AddHours(2));

        Should.Throw<Refusal>(() => request.ChangeSeats(1, OpenedUtc.AddDays(2)))
            .Message.ShouldBe("2 seats are already filled; the request cannot shrink below that.");
        request.SeatsNeeded.ShouldBe(5);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void Changing_seats_outside_1_to_500_is_refused(int seats)
    {
        Should.Throw<Refusal>(() => Open().ChangeSeats(seats, OpenedUtc))
            .Message.ShouldBe("Seats must be between 1 and 500.");
    }

    [Fact]
    public void A_closed_request_cannot_change_its_seats()
    {
        var request = new StaffingRequestBuilder().Closed().Build();

        Should.Throw<Refusal>(() => request.ChangeSeats(10, OpenedUtc.AddDays(2)))
            .Message.ShouldBe("A closed staffing request cannot be changed.");
    }

    [Theory]
    [InlineData(StaffingRequestStatus.Open)]
    [InlineData(StaffingRequestStatus.Filled)]
    public void An_open_or_filled_request_can_be_closed_with_a_reason(StaffingRequestStatus status)
    {
        var request = new StaffingRequestBuilder().InStatus(status).Build();

        request.Close("Programme finished", OpenedUtc.AddDays(45));

        request.Status.ShouldBe(StaffingRequestStatus.Closed);
        request.CloseReason.ShouldBe("Programme finished");
        request.ClosedUtc.ShouldBe(OpenedUtc.AddDays(45));
    }

    [Fact]
    public void A_closed_request_cannot_be_closed_again()
    {
        var request = new StaffingRequestBuilder().Closed().Build();

        Should.Throw<Refusal>(() => request.Close("Again", OpenedUtc.AddDays(3)))
            .Message.ShouldBe("This staffing request is already closed.");
    }

    [Fact]
    public void Closing_needs_a_reason()
    {
        Should.Throw<Refusal>(() => Open().Close(" ", OpenedUtc))
            .Message.ShouldBe("A reason for closing is required.");
    }

    [Theory]
    [InlineData(20, "2026-03-02", "2026-04-12", 120)]
    [InlineData(20, "2026-03-02", "2026-04-13", 140)]
    [InlineData(10, "2026-03-02", "2026-03-02", 10)]
    [InlineData(7.5, "2026-03-02", "2026-03-15", 15)]
    public void The_hours_cap_is_the_weekly_hours_over_every_week_of_the_window(double hoursPerWeek, string start, string end, double cap)
    {
        var window = new DateRange(Day(start), Day(end));

        Open(hoursPerWeek: (decimal)hoursPerWeek, window: window).HoursCap.ShouldBe((decimal)cap);
    }

    [Fact]
    public void The_offer_deadline_is_the_response_time_from_now()
    {
        Open(offerResponseHours: 72).OfferDeadlineFrom(TestClock.Now).ShouldBe(TestClock.Now.AddHours(72));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
