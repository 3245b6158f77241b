using NavLederprogram.Competence;
using NavLederprogram.Organisation;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class CompetenceStatusRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateOnly Since = new(2024, 1, 1);
    private const int Window = 60;

    /// <summary>Level 3 within 6 months of taking the role, renewed every 24 months.</summary>
    private static readonly RequirementTerms Terms = new(3, 6, 24, true);

    private static StatusOutcome Evaluate(DateOnly roleStart, EvidenceFact? evidence, RequirementTerms? terms = null, DateOnly? today = null) =>
        CompetenceStatusRules.Evaluate(terms ?? Terms, Since, roleStart, evidence, today ?? Today, Window);

    [Fact]
    public void Without_evidence_a_person_is_missing_up_to_and_including_the_deadline_day_and_overdue_the_day_after()
    {
        var start = new DateOnly(2026, 5, 24); // deadline 2026-11-24 = today
        Evaluate(start, null).ShouldBe(new StatusOutcome(CompetenceStatus.MissingWithinDeadline, null, new DateOnly(2026, 11, 24), null));
        Evaluate(start, null, today: Today.AddDays(1)).Status.ShouldBe(CompetenceStatus.Overdue);
    }

    [Fact]
    public void The_deadline_runs_from_when_the_requirement_came_into_force_for_people_who_held_the_role_before()
    {
        var outcome = CompetenceStatusRules.Evaluate(Terms, new DateOnly(2026, 10, 1), new DateOnly(2015, 3, 1), null, Today, Window);
        outcome.Deadline.ShouldBe(new DateOnly(2027, 4, 1));
        outcome.Status.ShouldBe(CompetenceStatus.MissingWithinDeadline);
    }

    [Fact]
    public void Evidence_below_the_required_level_does_not_meet_the_requirement()
    {
        var outcome = Evaluate(new DateOnly(2020, 1, 1), new EvidenceFact(2, Today.AddDays(-10), null));
        outcome.Status.ShouldBe(CompetenceStatus.Overdue);
        outcome.CurrentLevel.ShouldBe(2);
    }

    [Fact]
    public void Renewal_makes_evidence_valid_through_the_day_before_the_anniversary_then_expired()
    {
        var achieved = new DateOnly(2024, 11, 25); // valid through 2026-11-24
        var met = Evaluate(new DateOnly(2020, 1, 1), new EvidenceFact(3, achieved, null), new RequirementTerms(3, 6, 24, true));
        met.ValidUntil.ShouldBe(new DateOnly(2026, 11, 24));
        met.Status.ShouldBe(CompetenceStatus.ExpiringSoon);
        Evaluate(new DateOnly(2020, 1, 1), new EvidenceFact(3, achieved, null), today: Today.AddDays(1)).Status.ShouldBe(CompetenceStatus.Expired);
    }

    [Fact]
    public void Expiring_soon_starts_exactly_the_configured_number_of_days_before_the_last_valid_day()
    {
        var noRenewal = new RequirementTerms(3, 6, null, true);
        var outside = Evaluate(new DateOnly(2020, 1, 1), new EvidenceFact(3, new DateOnly(2025, 1, 1), Today.AddDays(Window)), noRenewal);
        var inside = Evaluate(new DateOnly(2020, 1, 1), new EvidenceFact(3, new DateOnly(2025, 1, 1), Today.AddDays(Window - 1)), noRenewal);
        outside.Status.ShouldBe(CompetenceStatus.Met);
        inside.Status.ShouldBe(CompetenceStatus.ExpiringSoon);
    }

    [Fact]
    public void The_evidence_own_end_date_wins_when_it_is_earlier_than_the_renewal()
    {
        CompetenceStatusRules.ValidThrough(new EvidenceFact(3, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), 24).ShouldBe(new DateOnly(2026, 6, 30));
        CompetenceStatusRules.ValidThrough(new EvidenceFact(3, new DateOnly(2026, 1, 1), new DateOnly(2030, 1, 1)), 24).ShouldBe(new DateOnly(2027, 12, 31));
        CompetenceStatusRules.ValidThrough(new EvidenceFact(3, new DateOnly(2026, 1, 1), null), null).ShouldBeNull();
    }

    [Fact]
    public void The_newest_evidence_counts_not_the_best_ever_held()
    {
        var expert = new EvidenceFact(4, new DateOnly(2022, 1, 1), null);
        var newer = new EvidenceFact(2, new DateOnly(2025, 6, 1), null);
        var newest = CompetenceStatusRules.Newest([expert, newer], Today);

        newest.ShouldBe(newer);
        Evaluate(new DateOnly(2020, 1, 1), newest, new RequirementTerms(3, 6, null, true)).Status.ShouldBe(CompetenceStatus.Overdue);
    }

    [Fact]
    public void Evidence_dated_in_the_future_does_not_count_yet_and_the_higher_level_wins_a_same_day_tie()
    {
        var future = new EvidenceFact(4, Today.AddDays(1), null);
        var a = new EvidenceFact(2, new DateOnly(2025, 6, 1), null);
        var b = new EvidenceFact(3, new DateOnly(2025, 6, 1), null);
        CompetenceStatusRules.Newest([future, a, b], Today).ShouldBe(b);
        CompetenceStatusRules.Newest([future], Today).ShouldBeNull();
    }
}

public class CompetenceRequirementTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static CompetenceRequirement Requirement() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, new RequirementTerms(2, 6, null, true), new DateOnly(2024, 1, 1));

    [Fact]
    public void A_change_adds_a_dated_version_and_leaves_the_old_one_as_it_was()
    {
        var requirement = Requirement();
        requirement.ChangeTerms(new RequirementTerms(3, 12, 24, true), new DateOnly(2027, 1, 1), Today);

        requirement.Versions.Count.ShouldBe(2);
        requirement.VersionOn(new DateOnly(2026, 12, 31))!.MinimumLevel.ShouldBe(2);
        requirement.VersionOn(new DateOnly(2027, 1, 1))!.MinimumLevel.ShouldBe(3);
        requirement.Versions.Single(v => v.MinimumLevel == 2).ValidTo.ShouldBe(new DateOnly(2027, 1, 1));
        requirement.InForceSince.ShouldBe(new DateOnly(2024, 1, 1));
        requirement.GetDomainEvents().OfType<CompetenceRequirementChanged>().Count().ShouldBe(2);
    }

    [Fact]
    public void A_version_that_overlaps_the_current_one_is_refused()
    {
        var requirement = Requirement();
        requirement.ChangeTerms(new RequirementTerms(3, 12, 24, true), new DateOnly(2027, 1, 1), Today);

        var e = Should.Throw<BusinessException>(() => requirement.ChangeTerms(new RequirementTerms(4, 12, 24, true), new DateOnly(2027, 1, 1), Today));
        e.Code.ShouldBe(NavLederprogramErrorCodes.RequirementVersionOverlaps);
        e.IsConflict.ShouldBeTrue();
        requirement.Versions.Count.ShouldBe(2);
    }

    [Fact]
    public void History_cannot_be_rewritten_by_a_change_dated_in_the_past()
    {
        var requirement = Requirement();
        Should.Throw<BusinessException>(() => requirement.ChangeTerms(new RequirementTerms(3, 6, null, true), Today.AddDays(-1), Today))
            .Code.ShouldBe(NavLederprogramErrorCodes.RequirementChangeInPast);
        requirement.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public void A_retired_requirement_is_in_force_until_the_day_before_and_cannot_be_retired_twice()
    {
        var requirement = Requirement();
        requirement.Retire(new DateOnly(2027, 1, 1), Today);
        requirement.VersionOn(new DateOnly(2026, 12, 31)).ShouldNotBeNull();
        requirement.VersionOn(new DateOnly(2027, 1, 1)).ShouldBeNull();
        Should.Throw<BusinessException>(() => requirement.Retire(new DateOnly(2027, 2, 1), Today)).Code.ShouldBe(NavLederprogramErrorCodes.RequirementAlreadyRetired);
    }

    [Fact]
    public void Negative_intervals_and_a_level_below_one_are_refused()
    {
        Should.Throw<BusinessException>(() => new CompetenceRequirement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null,
            new RequirementTerms(2, -1, null, true), Today)).Code.ShouldBe(NavLederprogramErrorCodes.RequirementTermsInvalid);
        Should.Throw<BusinessException>(() => new CompetenceRequirement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null,
            new RequirementTerms(2, 6, -12, true), Today)).Code.ShouldBe(NavLederprogramErrorCodes.RequirementTermsInvalid);
        Should.Throw<BusinessException>(() => new CompetenceRequirement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null,
            new RequirementTerms(0, 6, null, true), Today)).Code.ShouldBe(NavLederprogramErrorCodes.RequirementTermsInvalid);
    }

    [Fact]
    public void A_requirement_belongs_to_the_nation_a_region_or_an_office_not_to_both()
    {
        Should.Throw<BusinessException>(() => new CompetenceRequirement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new RequirementTerms(2, 6, null, true), Today)).Code.ShouldBe(NavLederprogramErrorCodes.RequirementOneScope);
    }
}

public class CompetenceEvidenceTests
{
    [Fact]
    public void Uploaded_evidence_waits_for_approval_and_is_decided_once()
    {
        var evidence = CompetenceEvidence.Upload(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 3, "Diploma", new DateOnly(2026, 1, 1), null);
        evidence.State.ShouldBe(EvidenceState.Pending);
        evidence.Approve(Guid.NewGuid(), DateTime.UtcNow);
        evidence.State.ShouldBe(EvidenceState.Approved);
        Should.Throw<BusinessException>(() => evidence.Reject(Guid.NewGuid(), DateTime.UtcNow, "late")).Code.ShouldBe(NavLederprogramErrorCodes.EvidenceAlreadyDecided);
    }

    [Fact]
    public void A_rejection_carries_its_reason_and_every_change_tells_the_status_calculator()
    {
        var person = Guid.NewGuid();
        var evidence = CompetenceEvidence.Upload(Guid.NewGuid(), person, Guid.NewGuid(), 3, "Diploma", new DateOnly(2026, 1, 1), null);
        Should.Throw<BusinessException>(() => evidence.Reject(null, DateTime.UtcNow, " ")).Code.ShouldBe(NavLederprogramErrorCodes.EvidenceRejectionNeedsReason);
        evidence.Reject(null, DateTime.UtcNow, " Not readable ");
        evidence.RejectionReason.ShouldBe("Not readable");
        evidence.GetDomainEvents().OfType<CompetenceEvidenceChanged>().Count().ShouldBe(2);
        evidence.GetDomainEvents().OfType<CompetenceEvidenceChanged>().ShouldAllBe(e => e.PersonId == person);
    }

    [Fact]
    public void Evidence_cannot_end_before_it_was_achieved()
    {
        Should.Throw<BusinessException>(() => CompetenceEvidence.Upload(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 3, "x", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 31)))
            .Code.ShouldBe(NavLederprogramErrorCodes.EvidenceValidBeforeAchieved);
    }

    [Theory]
    [InlineData("diplom.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData("bevis.PNG", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData("bilde.jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData("diplom.pdf", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, null)]
    [InlineData("diplom.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData("virus.exe", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, null)]
    [InlineData("noname", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, null)]
    public void A_document_is_accepted_only_when_its_name_and_its_content_agree_on_an_allowed_type(string name, byte[] head, string? expected) =>
        EvidenceDocumentTypes.Verify(name, head).ShouldBe(expected);
}

public class PersonPlacementTests
{
    [Fact]
    public void Moving_office_or_changing_roles_is_announced_and_an_unchanged_save_is_not()
    {
        var office = Guid.NewGuid(); var role = Guid.NewGuid();
        var person = new Person(Guid.NewGuid(), "E1", "Kari", "Nordmann", "kari@nav.no", Employer.State, office);
        person.SetJobRoles([(role, new DateOnly(2020, 1, 1))]);
        person.ClearDomainEvents();

        person.Update("Kari", "Nordmann", "kari@nav.no", Employer.State, office);
        person.SetJobRoles([(role, new DateOnly(2020, 1, 1))]);
        person.GetDomainEvents().ShouldBeEmpty();

        person.SetJobRoles([(role, new DateOnly(2021, 1, 1))]);
        person.Update("Kari", "Nordmann", "kari@nav.no", Employer.State, Guid.NewGuid());
        person.GetDomainEvents().OfType<PersonPlacementChanged>().Count().ShouldBe(2);
    }
}
