using NavLederprogram.Localization;
using NavLederprogram.Notifications;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class NotificationTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 8, 0, 0, DateTimeKind.Utc);
    private static readonly NotificationRenderer Renderer = new(new NotificationOptions { PublicUrl = "https://lederprogram.example.no/" });

    /// <summary>The templates other modules send with, and how many arguments each takes.</summary>
    public static TheoryData<string, int> Templates => new()
    {
        { "Cohort.EnrolmentConfirmed", 2 }, { "Cohort.Waitlisted", 2 }, { "Cohort.PromotedFromWaitlist", 1 }, { "Cohort.Nominated", 2 },
        { "Cohort.EnrolmentRejected", 1 }, { "Cohort.EnrolmentWithdrawn", 1 }, { "Cohort.EnrolmentOpened", 2 }, { "Cohort.Started", 1 },
        { "Cohort.Cancelled", 1 }, { "Cohort.ModuleUnlocked", 2 }, { "Cohort.GatheringReminder", 4 }, { "Cohort.DeadlineReminder", 3 },
        { "Cohort.AssignmentReviewed", 2 }, { "Cohort.CertificateIssued", 2 }, { "Programme.VersionAwaitsApproval", 1 },
        { "Programme.VersionPublished", 1 }, { "Competence.Expiring", 2 },
    };

    private static NotificationMessage Message(string? link = "/my-programme", string templateKey = "Cohort.Started", params string[] args) =>
        new(NotificationKind.Cohort, templateKey, args.Length == 0 ? ["Kull 7"] : args, link);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_has_a_subject_and_body_in_each_language_that_uses_all_its_arguments(string templateKey, int argumentCount)
    {
        var args = Enumerable.Range(0, argumentCount).Select(i => $"«arg{i}»").ToArray();
        foreach (var culture in LocalizationTexts.Cultures)
        {
            LocalizationTexts.All(culture).ShouldContainKey(NotificationRenderer.SubjectKey(templateKey));
            LocalizationTexts.All(culture).ShouldContainKey(NotificationRenderer.BodyKey(templateKey));
            var (subject, body) = Renderer.RenderText(templateKey, args, culture);
            var both = subject + body;
            args.ShouldAllBe(a => both.Contains(a), $"{templateKey} in {culture}");
            both.ShouldNotContain($"{{{argumentCount}}}");
        }
    }

    [Fact]
    public void Every_kind_has_a_name_and_a_description_in_each_language()
    {
        foreach (var culture in LocalizationTexts.Cultures)
            foreach (var kind in Enum.GetValues<NotificationKind>())
            {
                LocalizationTexts.All(culture).ShouldContainKey($"Enum:NotificationKind.{kind}");
                LocalizationTexts.All(culture).ShouldContainKey($"Notification:Kind.{kind}.Description");
            }
    }

    [Fact]
    public void Dates_and_times_in_arguments_are_written_the_way_each_language_writes_them_on_norwegian_time()
    {
        // The same formats as the app's pages (angular shared/date-format.ts).
        NotificationRenderer.FormatArgument("2026-09-01", "nb").ShouldBe("01.09.2026");
        NotificationRenderer.FormatArgument("2026-09-01", "en").ShouldBe("1 Sep 2026");
        // 07:00 UTC in October is 09:00 in Oslo (summer time).
        NotificationRenderer.FormatArgument("2026-10-01T07:00:00Z", "nn").ShouldBe("01.10.2026 kl. 09:00");
        NotificationRenderer.FormatArgument("2026-12-01T07:00:00Z", "en").ShouldBe("1 Dec 2026, 08:00");
        // Late evening UTC is already the next day in Oslo.
        NotificationRenderer.FormatArgument("2026-12-31T23:30:00Z", "nb").ShouldBe("01.01.2027 kl. 00:30");
        NotificationRenderer.FormatArgument("Kull 2026-A", "nb").ShouldBe("Kull 2026-A");
    }

    [Fact]
    public void An_email_has_a_plain_text_body_and_an_html_alternative_with_the_link_made_absolute_and_text_encoded()
    {
        var rendered = Renderer.Render("Cohort.ModuleUnlocked", ["Kull <7>", "Ledelse & endring"], "/my-programme/modules/3", "nn");
        rendered.Subject.ShouldBe("Ny modul i Kull <7>: Ledelse & endring");
        rendered.AbsoluteLink.ShouldBe("https://lederprogram.example.no/my-programme/modules/3");
        rendered.TextBody.ShouldStartWith("Modulen «Ledelse & endring» i Kull <7> er no open for deg.");
        rendered.TextBody.ShouldContain("Opne i NavLederprogram: https://lederprogram.example.no/my-programme/modules/3");
        rendered.HtmlBody.ShouldContain("Kull &lt;7&gt;");
        rendered.HtmlBody.ShouldNotContain("<7>");
        rendered.HtmlBody.ShouldContain("<a href=\"https://lederprogram.example.no/my-programme/modules/3\">Opne i NavLederprogram</a>");
        rendered.HtmlBody.ShouldContain("lang=\"nn\"");
    }

    [Fact]
    public void A_template_given_too_few_arguments_still_renders()
    {
        var (subject, body) = Renderer.RenderText("Cohort.GatheringReminder", ["Kull 7"], "nb");
        subject.ShouldBe("Påminnelse: {1} {2}");
        body.ShouldContain("Kull 7");
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("//evil.example.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("my-programme")]
    [InlineData("/path with space")]
    public void A_link_must_be_a_path_inside_the_app(string link) =>
        Should.Throw<ArgumentException>(() => new Notification(Guid.NewGuid(), Guid.NewGuid(), null, Message(link), Now));

    [Fact]
    public void A_message_needs_a_template_key_and_a_few_short_arguments()
    {
        Should.Throw<ArgumentException>(() => Notification.Validate(Message(templateKey: " ")));
        Should.Throw<ArgumentException>(() => Notification.Validate(Message(args: [.. Enumerable.Repeat("x", NotificationConsts.MaxArguments + 1)])));
        Should.Throw<ArgumentException>(() => Notification.Validate(Message(args: new string('x', NotificationConsts.MaxArgumentLength + 1))));
        Should.Throw<ArgumentException>(() => Notification.Validate(new NotificationMessage((NotificationKind)99, "Cohort.Started", [])));
        Should.NotThrow(() => Notification.Validate(Message(link: null)));
    }

    [Fact]
    public void Reading_again_keeps_the_time_it_was_first_read()
    {
        var notification = new Notification(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Message(), Now);
        notification.IsRead.ShouldBeFalse();
        notification.MarkRead(Now.AddMinutes(5));
        notification.MarkRead(Now.AddMinutes(9));
        notification.ReadAt.ShouldBe(Now.AddMinutes(5));
    }

    [Fact]
    public void A_failed_email_is_retried_later_each_time_and_given_up_after_five_attempts_with_its_last_error()
    {
        var email = new NotificationEmail(Guid.NewGuid(), Guid.NewGuid(), " leder@nav.no ", "nb", Renderer.Render("Cohort.Started", ["Kull 7"], null, "nb"), Now);
        email.To.ShouldBe("leder@nav.no");
        email.GetDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<NotificationEmailQueued>();
        email.NextAttemptAt.ShouldBe(Now);

        var waits = new List<TimeSpan>();
        for (var i = 1; i <= NotificationConsts.MaxEmailAttempts; i++)
        {
            email.IsPending.ShouldBeTrue();
            email.RecordFailure(Now, $"refused {i}");
            waits.Add(email.NextAttemptAt - Now);
        }
        waits.ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(16)]);
        email.IsPending.ShouldBeFalse();
        email.Attempts.ShouldBe(5);
        email.LastError.ShouldBe("refused 5");
    }

    [Fact]
    public void A_sent_email_stays_sent()
    {
        var email = new NotificationEmail(Guid.NewGuid(), Guid.NewGuid(), "leder@nav.no", "en", Renderer.Render("Cohort.Started", ["Kull 7"], null, "en"), Now);
        email.RecordFailure(Now, "timeout");
        email.MarkSent(Now.AddMinutes(2));
        email.LastError.ShouldBeNull();
        email.RecordFailure(Now.AddMinutes(3), "late");
        email.MarkSent(Now.AddMinutes(4));
        email.SentAt.ShouldBe(Now.AddMinutes(2));
        email.Attempts.ShouldBe(2);
        email.IsPending.ShouldBeFalse();
    }
}
