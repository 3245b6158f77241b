using System.Reflection;
using NavLederprogram.Localization;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class LocalizationTests
{
    [Fact]
    public void The_three_cultures_have_exactly_the_same_keys()
    {
        var nb = LocalizationTexts.All("nb").Keys.ToHashSet();
        foreach (var culture in new[] { "nn", "en" })
        {
            var other = LocalizationTexts.All(culture).Keys.ToHashSet();
            nb.Except(other).ShouldBeEmpty($"missing in {culture}");
            other.Except(nb).ShouldBeEmpty($"missing in nb (present in {culture})");
        }
    }

    [Fact]
    public void Every_module_file_has_the_same_keys_in_nb_nn_and_en()
    {
        var nb = LocalizationTexts.Modules("nb");
        nb.Keys.ShouldContain("Common");
        foreach (var culture in new[] { "nn", "en" })
        {
            var other = LocalizationTexts.Modules(culture);
            other.Keys.ShouldBe(nb.Keys, $"module files in {culture}");
            foreach (var (module, texts) in nb)
            {
                texts.Keys.Except(other[module].Keys).ShouldBeEmpty($"missing in {module}/{culture}.json");
                other[module].Keys.Except(texts.Keys).ShouldBeEmpty($"missing in {module}/nb.json (present in {module}/{culture}.json)");
            }
        }
    }

    [Fact]
    public void No_key_is_defined_in_two_module_files()
    {
        foreach (var culture in LocalizationTexts.Cultures)
        {
            LocalizationTexts.Modules(culture)
                .SelectMany(m => m.Value.Keys.Select(key => (key, file: $"{m.Key}/{culture}.json")))
                .GroupBy(k => k.key).Where(g => g.Count() > 1)
                .Select(g => $"{g.Key} in {string.Join(" and ", g.Select(k => k.file))}")
                .ShouldBeEmpty();
        }
    }

    [Fact]
    public void Every_key_lives_in_the_module_file_its_prefix_names()
    {
        var misplaced = LocalizationTexts.Modules("nb")
            .SelectMany(m => m.Value.Keys.Where(key => TextOwners.ModuleOf(key) != m.Key)
                .Select(key => $"{key} is in {m.Key}/, belongs in {TextOwners.ModuleOf(key)}/"))
            .ToList();
        misplaced.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Page:CompetenceAdmin.Title", "Competence")]
    [InlineData("Enum:CohortStatus.Running", "Programmes")]
    [InlineData("Ui:Notifications.Bell", "Notifications")]
    [InlineData("Ui:Save", "Common")]
    [InlineData("Login:Title", "Identity")]
    [InlineData("Job:system.housekeeping.Title", "Scheduling")]
    public void A_key_is_owned_by_its_kind_and_area(string key, string module) => TextOwners.ModuleOf(key).ShouldBe(module);

    [Fact]
    public void Files_are_sorted_by_key()
    {
        var outOfPlace = from culture in LocalizationTexts.Cultures
                         from module in LocalizationTexts.Modules(culture)
                         let keys = module.Value.Keys.ToList()
                         from i in Enumerable.Range(1, Math.Max(0, keys.Count - 1))
                         where string.CompareOrdinal(keys[i - 1], keys[i]) > 0
                         select $"{keys[i]} comes after {keys[i - 1]} in {module.Key}/{culture}.json";
        outOfPlace.ShouldBeEmpty();
    }

    [Fact]
    public void No_text_is_empty()
    {
        foreach (var culture in LocalizationTexts.Cultures)
            LocalizationTexts.All(culture).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty(culture);
    }

    [Fact]
    public void Every_value_of_every_enum_the_api_shows_has_a_text_in_every_culture()
    {
        var enums = new[] { typeof(LocalizationTexts).Assembly, typeof(NavLederprogram.Competence.ExportFormat).Assembly }
            .SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).ToList();
        enums.ShouldContain(typeof(NavLederprogram.Programmes.CohortStatus));
        var missing = from culture in LocalizationTexts.Cultures
                      from type in enums
                      from name in System.Enum.GetNames(type)
                      let key = $"Enum:{type.Name}.{name}"
                      where !LocalizationTexts.All(culture).ContainsKey(key)
                      select $"{key} ({culture})";
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void An_enum_value_is_named_by_its_type_and_value_in_the_requested_language()
    {
        LocalizationTexts.EnumKey(NavLederprogram.Programmes.CohortStatus.EnrolmentOpen).ShouldBe("Enum:CohortStatus.EnrolmentOpen");
        LocalizationTexts.EnumText(NavLederprogram.Programmes.EnrolmentStatus.Waitlisted, "nb").ShouldBe("På venteliste");
        LocalizationTexts.EnumText(NavLederprogram.Programmes.EnrolmentStatus.Waitlisted, "en").ShouldBe("Waitlisted");
    }

    [Fact]
    public void Every_error_code_has_a_text()
    {
        var codes = typeof(NavLederprogramErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).ToList();
        codes.ShouldNotBeEmpty();
        codes.Where(c => !LocalizationTexts.All("nb").ContainsKey(c)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("nn-NO", "nn")]
    [InlineData("en-GB", "en")]
    [InlineData("nb-NO", "nb")]
    [InlineData("no", "nb")]
    [InlineData("de-DE", "nb")]
    [InlineData(null, "nb")]
    public void Requested_cultures_map_to_one_we_have_with_bokmal_as_fallback(string? requested, string expected) =>
        LocalizationTexts.Normalize(requested).ShouldBe(expected);

    [Fact]
    public void Texts_are_formatted_in_the_requested_language()
    {
        LocalizationTexts.Get("Validation:MaxLength", "nn", 128).ShouldBe("Kan ha høgst 128 teikn.");
        LocalizationTexts.Get("Validation:MaxLength", "en", 128).ShouldBe("Can have at most 128 characters.");
    }
}

/// <summary>
/// Which module file (Localization/{Module}/{culture}.json) owns a key: the entry for "Kind:Area" (the area is the part
/// after the colon up to the first dot), else the entry for "Kind:", else Common — the shell and shared UI.
/// A new module adds its areas here. docs/texts.md explains the rule.
/// </summary>
public static class TextOwners
{
    private static readonly Dictionary<string, string[]> Areas = new()
    {
        ["Audit"] =
        [
            "Page:AuditLog", "Menu:AuditLog", "Enum:AuditKind", "Permission:Audit", "Job:audit", "Trigger:audit", "Notification:Audit",
        ],
        ["Competence"] =
        [
            "Competence:", "Page:Competence", "Page:CompetenceAdmin", "Error:Competence", "Enum:CompetenceStatus", "Enum:EvidenceSource",
            "Enum:EvidenceState", "Enum:ExportFormat", "Permission:Competence", "Job:competence", "Trigger:competence",
        ],
        ["Development"] =
        [
            "Development:", "Page:Development", "Page:LeadershipFeedback", "Error:Development", "Error:LeadershipFeedback", "Permission:Development",
            "Enum:GoalStatus", "Enum:CoachingSessionStatus", "Enum:IndicatorValueKind", "Enum:IndicatorValueSource", "Enum:IndicatorPeriodKind",
            "Menu:Development", "Notification:Development", "Job:development", "Trigger:development",
        ],
        ["ELearning"] =
        [
            "ELearning:", "Error:ELearning", "Page:CourseEditor", "Page:Courses", "Page:MyCourses", "Page:CourseProgress", "Page:Quiz",
            "Page:Scorm", "Page:ScormPackages", "Enum:ScormVersion", "Enum:CourseCategory", "Enum:CourseCompletionRule", "Enum:CourseEnrolmentSource",
            "Enum:CourseVersionStatus", "Enum:CourseFilePurpose", "Enum:LessonKind", "Enum:QuestionKind", "Enum:QuestionOutcome", "Enum:QuizAttemptState",
            "Permission:ELearning", "Job:elearning", "Trigger:elearning", "CourseCertificate:", "Menu:Courses", "Enum:CourseLearnerStatus", "Enum:CourseLengthBand",
        ],
        ["Evaluations"] =
        [
            "Evaluations:", "Page:Evaluations", "Error:Evaluations", "Permission:Evaluations", "Enum:EvaluationQuestionKind",
            "Enum:EvaluationTargetKind", "Enum:FreeTextReview", "Job:evaluations", "Trigger:evaluations", "Menu:Evaluations",
            "Notification:Evaluations",
        ],
        ["Identity"] =
        [
            "Login:", "Logout:", "Role:", "Enum:ScopeKind", "Account:", "Password:", "Page:Users", "Page:Grants", "Error:Identity",
            "Permission:Identity", "Notification:Identity",
        ],
        ["Notifications"] =
        [
            "Notification:", "Page:Notifications", "Enum:NotificationKind", "Ui:Notifications", "Job:notifications", "Trigger:notifications",
        ],
        ["Organisation"] =
        [
            "Page:Offices", "Page:Municipalities", "Page:Regions", "Page:People", "Page:HrImport", "Error:Organisation", "Enum:Employer",
            "Enum:HrImportState", "Enum:LeadershipModel", "JobRole:", "Permission:Organisation", "Permission:People", "Job:organisation",
        ],
        ["PeerSupervision"] =
        [
            "PeerSupervision:", "Page:PeerSupervision", "Error:PeerSupervision", "Permission:PeerSupervision", "Enum:SupervisionKind",
            "Enum:MemberStatus", "Enum:MeetingStatus", "Job:peersupervision", "Trigger:peersupervision", "Menu:PeerSupervision",
            "Notification:PeerSupervision",
        ],
        ["Programmes"] =
        [
            "Page:Programme", "Page:Cohorts", "Page:MyProgramme", "Page:Facilitation", "Page:Calendar", "Page:Certificates", "Calendar:",
            "Certificate:", "Milestone:", "Error:Programmes", "Enum:ApprovalParty", "Enum:AssignmentStatus", "Enum:CohortStatus",
            "Enum:EnrolmentSource", "Enum:EnrolmentStatus", "Enum:GatheringFormat", "Enum:MilestoneKind", "Enum:ProgrammeStanding",
            "Enum:ProgrammeVersionStatus", "Enum:VersionHistoryAction", "Permission:Cohorts", "Permission:Programmes", "Job:programmes",
            "Trigger:programmes",
        ],
        ["PersonalData"] =
        [
            "Page:PersonalData", "Error:PersonalData", "Permission:PersonalData", "Menu:PersonalData", "Enum:ErasureAction", "Enum:PersonalDataBasis",
            "Job:personaldata", "Trigger:personaldata",
        ],
        ["Reporting"] = ["Page:Reporting", "Permission:Reporting", "Menu:Reporting"],
        ["Scheduling"] = ["Schedule:", "Page:Jobs", "Enum:TriggerState", "Permission:Jobs", "Job:system", "Trigger:system"],
    };

    private static readonly Dictionary<string, string> Owner = Areas.SelectMany(m => m.Value.Select(a => (a, m.Key))).ToDictionary();

    public static string ModuleOf(string key)
    {
        var colon = key.IndexOf(':');
        var kind = key[..(colon + 1)];
        var area = key[(colon + 1)..].Split('.')[0];
        return Owner.GetValueOrDefault(kind + area) ?? Owner.GetValueOrDefault(kind) ?? "Common";
    }
}

public class ScheduleTextTests
{
    [Theory]
    [InlineData("0 30 2 * * ?", "nb", "Hver natt kl. 02:30")]
    [InlineData("0 30 2 * * ?", "nn", "Kvar natt kl. 02:30")]
    [InlineData("0 30 2 * * ?", "en", "Every night at 02:30")]
    [InlineData("0 0 6 * * ?", "nn", "Kvar dag kl. 06:00")]
    [InlineData("0 15 * * * ?", "nb", "Hver time, 15 minutter over")]
    [InlineData("0 0 * * * ?", "en", "Every hour on the hour")]
    [InlineData("0 0/5 * * * ?", "nb", "Hvert 5. minutt")]
    [InlineData("0 */15 * * * ?", "en", "Every 15 minutes")]
    [InlineData("0/10 * * * * ?", "nn", "Kvart 10. sekund")]
    [InlineData("0 0 8 ? * MON", "nn", "Kvar måndag kl. 08:00")]
    [InlineData("0 0 8 ? * 7", "en", "Every Saturday at 08:00")]
    [InlineData("0 0 12 1 * ?", "en", "Custom schedule (0 0 12 1 * ?)")]
    [InlineData("not a cron", "nb", "Egen tidsplan (not a cron)")]
    public void Cron_expressions_read_as_plain_words(string cron, string culture, string expected) =>
        NavLederprogram.Scheduling.ScheduleText.FromCron(cron, culture).ShouldBe(expected);

    [Theory]
    [InlineData(10, "nb", "Hvert 10. sekund")]
    [InlineData(60, "en", "Every minute")]
    [InlineData(7200, "nn", "Kvar 2. time")]
    public void Intervals_read_as_plain_words(int seconds, string culture, string expected) =>
        NavLederprogram.Scheduling.ScheduleText.FromInterval(TimeSpan.FromSeconds(seconds), culture).ShouldBe(expected);
}
