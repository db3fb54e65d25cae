using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Tests.Compliance;

public sealed class ExpiryNoticeTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 5, 0, 0, DateTimeKind.Utc);
    private static readonly int[] Thresholds = [30, 7];

    [Theory]
    [InlineData(45, null)]
    [InlineData(31, null)]
    [InlineData(30, 30)]
    [InlineData(8, 30)]
    [InlineData(7, 7)]
    [InlineData(1, 7)]
    [InlineData(0, null)]
    [InlineData(-3, null)]
    public void The_due_threshold_is_the_smallest_one_that_covers_the_days_left(int daysLeft, int? expected) =>
        ExpiryNotice.DueThreshold(daysLeft, Thresholds).ShouldBe(expected);

    [Fact]
    public void A_notice_records_what_was_sent_and_when()
    {
        var subject = Guid.NewGuid();
        var expert = Guid.NewGuid();

        var notice = ExpiryNotice.Sent(ExpiryNoticeSubject.Credential, subject, expert, new DateOnly(2026, 5, 20), 30, "<a@b>", Now);

        notice.SubjectId.ShouldBe(subject);
        notice.ExpertId.ShouldBe(expert);
        notice.ThresholdDays.ShouldBe(30);
        notice.MessageId.ShouldBe("<a@b>");
        notice.PendingActions.ShouldBe(["Sent"]);
    }

    [Fact]
    public void A_notice_cannot_be_sent_on_or_after_the_expiry_date() =>
        Should.Throw<Refusal>(() => ExpiryNotice.Sent(ExpiryNoticeSubject.Nda, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 5, 4), 7, "<a@b>", Now))
            .Message.ShouldContain("before the expiry date");

    [Fact]
    public void A_notice_cannot_be_sent_earlier_than_its_threshold() =>
        Should.Throw<Refusal>(() => ExpiryNotice.Sent(ExpiryNoticeSubject.Nda, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 5, 20), 7, "<a@b>", Now))
            .Message.ShouldBe("A 7-day notice cannot be sent 16 days before expiry.");

    [Fact]
    public void A_notice_needs_a_message_id() =>
        Should.Throw<Refusal>(() => ExpiryNotice.Sent(ExpiryNoticeSubject.Nda, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 5, 6), 7, " ", Now));
}
