using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.ELearning;

/// <summary>
/// The published courses the programme's modules and the competence requirements name: each a few text lessons, completed
/// when every lesson is, granting a competence of the seeded catalogue. Seeded wherever the programme is, since its first
/// module names one of them.
/// </summary>
public sealed class ELearningDataSeedContributor(
    ICourseRepository courses,
    ICompetenceCatalogueRepository catalogue,
    IJobRoleRepository jobRoles,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const string LeadershipCourseCode = "KURS-LEDERROLLEN";
    public const string PrivacyCode = "EL-PERSONVERN-01";
    public const string EthicsCode = "EL-ETIKK-01";

    private sealed record DemoCourse(string Code, TranslatedText Title, TranslatedText Summary, CourseCategory Category, int Minutes, string Area, int Level,
        int? ValidMonths, string[] Roles, (TranslatedText Title, string Body)[] Lessons);

    private static readonly DemoCourse[] Demo =
    [
        new(LeadershipCourseCode,
            new("Lederrollen i NAV-kontoret", "Leiarrolla i NAV-kontoret", "The leadership role in the NAV office"),
            new("Partnerskapet mellom stat og kommune og hva det betyr for deg som leder.", "Partnarskapet mellom stat og kommune og kva det tyder for deg som leiar.",
                "The partnership between state and municipality and what it means for you as a leader."),
            CourseCategory.Leadership, 45, "PARTNERSKAP", 3, 36, ["OfficeLeader", "DepartmentLeader", "TeamLeader"],
            [
                (new("Partnerskapet", "Partnarskapet", "The partnership"),
                    "<p>NAV-kontoret drives av staten og kommunen sammen etter en lokal samarbeidsavtale.</p><ul><li>Hvem eier hvilke tjenester?</li><li>Hvordan styres kontoret?</li></ul>"),
                (new("Ledermodellen", "Leiarmodellen", "The leadership model"),
                    "<p>Et kontor har én leder eller to ledere, én statlig og én kommunal. Begge modellene krever tett samarbeid.</p>"),
                (new("Din rolle", "Rolla di", "Your role"),
                    "<p>Som leder skal du ivareta begge eiernes styringslinjer og samtidig lede ett kontor.</p>"),
            ]),
        new(PrivacyCode,
            new("Personvern og taushetsplikt i NAV", "Personvern og teieplikt i NAV", "Privacy and confidentiality in NAV"),
            new("Hvordan du behandler personopplysninger trygt, og hva taushetsplikten krever.", "Korleis du handsamar personopplysningar trygt, og kva teieplikta krev.",
                "How to handle personal data safely, and what confidentiality requires."),
            CourseCategory.LawAndRegulations, 30, "PERSONVERN", 2, 24, [],
            [
                (new("Personopplysninger", "Personopplysningar", "Personal data"),
                    "<p>Personopplysninger er alle opplysninger som kan knyttes til en person. Behandle bare det du trenger.</p>"),
                (new("Taushetsplikt", "Teieplikt", "Confidentiality"),
                    "<p>Taushetsplikten gjelder alt du får vite om brukerne i arbeidet, også etter at du har sluttet.</p>"),
            ]),
        new(EthicsCode,
            new("Profesjonsetikk i møte med brukerne", "Profesjonsetikk i møte med brukarane", "Professional ethics with users"),
            new("Etiske vurderinger, skjønn og makt i møte med brukerne.", "Etiske vurderingar, skjønn og makt i møte med brukarane.",
                "Ethical judgement, discretion and power when meeting users."),
            CourseCategory.WorkEnvironment, 40, "ETIKK", 2, 24, [],
            [
                (new("Skjønn", "Skjønn", "Discretion"), "<p>Skjønn er å vurdere det enkelte tilfellet innenfor rammene regelverket setter.</p>"),
                (new("Makt og avmakt", "Makt og avmakt", "Power and powerlessness"),
                    "<p>Brukeren er ofte i en sårbar situasjon. Vær bevisst på makten du har som saksbehandler og leder.</p>"),
            ]),
    ];

    /// <summary>After the competence catalogue (40), before the programme (50) whose modules name these courses.</summary>
    public int Order => 45;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await courses.FindByCodeAsync(LeadershipCourseCode, ct) is not null) return;
        var areas = (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Code, a => a.Id);
        var roles = (await jobRoles.GetAllAsync(ct)).ToDictionary(r => r.Code, r => r.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var demo in Demo)
        {
            var course = new Course(Guid.CreateVersion7(), demo.Code);
            IReadOnlyList<CompetenceGrant> grants = areas.TryGetValue(demo.Area, out var areaId) ? [new CompetenceGrant(areaId, demo.Level, demo.ValidMonths)] : [];
            var version = course.StartDraft(Guid.CreateVersion7(), new CourseDetails(demo.Title, demo.Summary, demo.Summary, demo.Category, "nb", demo.Minutes,
                demo.Roles.Where(roles.ContainsKey).Select(r => roles[r]).ToList(), grants, CourseCompletionRule.AllLessons));
            foreach (var (title, body) in demo.Lessons) version.AddLesson(new LessonContent(LessonKind.Text, title, body));
            version.Publish(now.AddDays(-200));
            course.RecordPublication(version, null);
            await courses.InsertAsync(course, ct);
            await courses.InsertVersionAsync(version, ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }
}
