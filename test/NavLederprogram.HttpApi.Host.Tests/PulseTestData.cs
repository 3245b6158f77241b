using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Evaluations;
using NavLederprogram.Programmes;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>A running cohort of the tests' own with one gathering placed where a test needs it, and participants who can sign in.</summary>
internal static class PulseTestData
{
    public sealed record Gathering(Guid CohortId, Guid SessionId, string CohortName, IReadOnlyList<TestPeople.Made> Participants, TestPeople.Made Withdrawn);

    public static async Task<Gathering> GatheringAsync(NavLederprogramFactory factory, DateTime startsAt, int minutes = 180, int participants = 3)
    {
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "OfficeLeader", participants + 1, withUsers: true);
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var programmes = sp.GetRequiredService<IProgrammeRepository>();
        var now = DateTime.UtcNow;
        var today = OsloTime.Today(TimeProvider.System);
        var programme = (await programmes.GetProgrammeAsync())!;
        var author = new Actor(Guid.NewGuid(), "Kari");
        // Number 0: below the seeded versions, so that "the newest version" stays the seeded one.
        var version = new ProgrammeVersion(Guid.CreateVersion7(), programme.Id, 0, "Pulsprogram", "", author, now);
        version.AddModule(new ModuleContent("Samlingsmodulen", "", ["Et mål"], null,
            [new GatheringContent(null, "Samling om tillit", GatheringFormat.InPerson, 180)], [], [], []), author, now);
        version.Approve(ApprovalParty.Ks, author, now);
        version.Approve(ApprovalParty.Directorate, new Actor(Guid.NewGuid(), "Didrik"), now);
        await programmes.InsertVersionAsync(version);
        var cohort = new Cohort(Guid.CreateVersion7(), version, $"Pulskull {Guid.NewGuid():N}"[..20], null, 20, false,
            new CohortDates(today.AddDays(-30), today.AddDays(-20), today.AddDays(-10), today.AddDays(90)), []);
        var session = cohort.Sessions.Single();
        cohort.ScheduleSession(session.Id, startsAt, minutes, "Scandic Hell, Stjørdal", null);
        await sp.GetRequiredService<ICohortRepository>().InsertAsync(cohort);
        var enrolments = sp.GetRequiredService<IEnrolmentRepository>();
        var number = 0;
        foreach (var person in people)
        {
            var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, person.PersonId, EnrolmentSource.Application, null, now);
            enrolment.Place(true, ++number, null, now);
            if (person == people[^1]) enrolment.Withdraw("Flyttet", author, now);
            await enrolments.InsertAsync(enrolment);
        }
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new Gathering(cohort.Id, session.Id, cohort.Name, people.Take(participants).ToList(), people[^1]);
    }

    /// <summary>An evaluation of the gathering's cohort with the pulse set's questions, open in the window given.</summary>
    public static async Task<Guid> EvaluationAsync(NavLederprogramFactory factory, Gathering gathering, DateTime opensAt, DateTime closesAt)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var set = (await sp.GetRequiredService<IQuestionSetRepository>().FindPulseAsync())!;
        var evaluation = new Evaluation(Guid.CreateVersion7(), set, $"Evaluering av {gathering.CohortName}",
            new EvaluationTarget(EvaluationTargetKind.Cohort, gathering.CohortId, gathering.CohortId, null, gathering.CohortName), opensAt, closesAt);
        evaluation.MarkOpeningNotified(opensAt);
        await sp.GetRequiredService<IEvaluationRepository>().InsertAsync(evaluation);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return evaluation.Id;
    }

    /// <summary>The person answers as the answer page does: a rating for each scale question and the text for the free one.</summary>
    public static async Task AnswerAsync(NavLederprogramFactory factory, Guid evaluationId, Guid personId, string? text, int rating = 4)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var evaluation = (await sp.GetRequiredService<IEvaluationRepository>().FindAsync(evaluationId))!;
        var answers = evaluation.Questions.Select(q => q.Kind == EvaluationQuestionKind.FreeText
            ? new GivenAnswer(q.Id, null, text) : new GivenAnswer(q.Id, rating, null)).ToList();
        await sp.GetRequiredService<IEvaluationAnswerRepository>().InsertAsync(evaluation.Answer(personId, true, false, answers, DateTime.UtcNow));
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }
}
