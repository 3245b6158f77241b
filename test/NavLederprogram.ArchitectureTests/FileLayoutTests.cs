using System.Reflection;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace NavLederprogram.ArchitectureTests;

/// <summary>
/// One public type per file, the file named after it, so that a type is found by its name. The files listed in
/// <see cref="NotYetSplit"/> held several types when the rule came; the list only shrinks: a file split since must
/// leave it, and no file may join it.
/// </summary>
public partial class FileLayoutTests
{
    private static readonly string[] NotYetSplit =
    [
        "src/NavLederprogram.Application.Contracts/Competence/CompetenceDtos.cs",
        "src/NavLederprogram.Application.Contracts/Competence/ICompetenceAppServices.cs",
        "src/NavLederprogram.Application.Contracts/Home/HomeDtos.cs",
        "src/NavLederprogram.Application.Contracts/Identity/IdentityDtos.cs",
        "src/NavLederprogram.Application.Contracts/Localization/LocalizationDtos.cs",
        "src/NavLederprogram.Application.Contracts/Notifications/NotificationDtos.cs",
        "src/NavLederprogram.Application.Contracts/Organisation/IOrganisationAppServices.cs",
        "src/NavLederprogram.Application.Contracts/Organisation/OrganisationDtos.cs",
        "src/NavLederprogram.Application.Contracts/Permissions/NavLederprogramPermissions.cs",
        "src/NavLederprogram.Application.Contracts/Programmes/CalendarDtos.cs",
        "src/NavLederprogram.Application.Contracts/Programmes/CertificateDtos.cs",
        "src/NavLederprogram.Application.Contracts/Programmes/CohortDtos.cs",
        "src/NavLederprogram.Application.Contracts/Programmes/ContentTextDtos.cs",
        "src/NavLederprogram.Application.Contracts/Programmes/EnrolmentDtos.cs",
        "src/NavLederprogram.Application.Contracts/Programmes/ProgrammeDtos.cs",
        "src/NavLederprogram.Application.Contracts/Programmes/ProgressDtos.cs",
        "src/NavLederprogram.Application.Contracts/Scheduling/JobDtos.cs",
        "src/NavLederprogram.Application/Competence/CatalogueAppServices.cs",
        "src/NavLederprogram.Application/Competence/EvidenceDocumentCheck.cs",
        "src/NavLederprogram.Application/Identity/CurrentUserServices.cs",
        "src/NavLederprogram.Application/Organisation/RegionAppService.cs",
        "src/NavLederprogram.Application/Programmes/CalendarAppService.cs",
        "src/NavLederprogram.Application/Programmes/CertificatePdf.cs",
        "src/NavLederprogram.Application/Programmes/CohortMilestoneRunner.cs",
        "src/NavLederprogram.Application/Programmes/ParticipantProgressAppService.cs",
        "src/NavLederprogram.Domain.Shared/Competence/CompetenceEnums.cs",
        "src/NavLederprogram.Domain.Shared/Identity/RoleNames.cs",
        "src/NavLederprogram.Domain.Shared/Organisation/OrganisationEnums.cs",
        "src/NavLederprogram.Domain.Shared/Programmes/ProgrammeEnums.cs",
        "src/NavLederprogram.Domain/BusinessException.cs",
        "src/NavLederprogram.Domain/Competence/Catalogue.cs",
        "src/NavLederprogram.Domain/Competence/Evidence.cs",
        "src/NavLederprogram.Domain/Competence/ICompetenceRepositories.cs",
        "src/NavLederprogram.Domain/Competence/PersonCompetenceStatus.cs",
        "src/NavLederprogram.Domain/Competence/Requirement.cs",
        "src/NavLederprogram.Domain/Competence/StatusRules.cs",
        "src/NavLederprogram.Domain/Entities/AuditedAggregateRoot.cs",
        "src/NavLederprogram.Domain/Events/DomainEvents.cs",
        "src/NavLederprogram.Domain/Identity/AppUser.cs",
        "src/NavLederprogram.Domain/Identity/IdentityDataSeedContributor.cs",
        "src/NavLederprogram.Domain/Localization/TranslatedText.cs",
        "src/NavLederprogram.Domain/Notifications/INotificationRepository.cs",
        "src/NavLederprogram.Domain/Notifications/INotificationSender.cs",
        "src/NavLederprogram.Domain/Notifications/Notification.cs",
        "src/NavLederprogram.Domain/Notifications/NotificationRenderer.cs",
        "src/NavLederprogram.Domain/Organisation/AccessScope.cs",
        "src/NavLederprogram.Domain/Organisation/IOrganisationRepositories.cs",
        "src/NavLederprogram.Domain/Organisation/Office.cs",
        "src/NavLederprogram.Domain/Organisation/Person.cs",
        "src/NavLederprogram.Domain/Organisation/Region.cs",
        "src/NavLederprogram.Domain/Programmes/CalendarFeed.cs",
        "src/NavLederprogram.Domain/Programmes/Cohort.cs",
        "src/NavLederprogram.Domain/Programmes/Enrolment.cs",
        "src/NavLederprogram.Domain/Programmes/EnrolmentEligibility.cs",
        "src/NavLederprogram.Domain/Programmes/IProgrammeRepositories.cs",
        "src/NavLederprogram.Domain/Programmes/Milestones.cs",
        "src/NavLederprogram.Domain/Programmes/Programme.cs",
        "src/NavLederprogram.Domain/Scheduling/JobRun.cs",
        "src/NavLederprogram.EntityFrameworkCore/Competence/CompetenceRepositories.cs",
        "src/NavLederprogram.EntityFrameworkCore/Data/AuditingSaveChangesInterceptor.cs",
        "src/NavLederprogram.EntityFrameworkCore/DatabaseProvider.cs",
        "src/NavLederprogram.EntityFrameworkCore/Identity/IdentityRepositories.cs",
        "src/NavLederprogram.EntityFrameworkCore/Organisation/OrganisationRepositories.cs",
        "src/NavLederprogram.EntityFrameworkCore/Programmes/ProgrammeRepositories.cs",
        "src/NavLederprogram.EntityFrameworkCore/Scheduling.cs",
        "src/NavLederprogram.HttpApi.Host/Competence/CompetenceJobs.cs",
        "src/NavLederprogram.HttpApi.Host/Identity/LoginThrottle.cs",
        "src/NavLederprogram.HttpApi.Host/Identity/PermissionAuthorization.cs",
        "src/NavLederprogram.HttpApi.Host/Identity/SigningKeys.cs",
        "src/NavLederprogram.HttpApi.Host/Infrastructure/InputJsonRules.cs",
        "src/NavLederprogram.HttpApi.Host/Infrastructure/RequestBodyGuard.cs",
        "src/NavLederprogram.HttpApi.Host/NavLederprogramHost.cs",
        "src/NavLederprogram.HttpApi.Host/Notifications/EmailDelivery.cs",
        "src/NavLederprogram.HttpApi.Host/Notifications/NotificationJobs.cs",
        "src/NavLederprogram.HttpApi.Host/Pages/Account/Login.cshtml.cs",
        "src/NavLederprogram.HttpApi.Host/Pages/Account/Logout.cshtml.cs",
        "src/NavLederprogram.HttpApi.Host/Programmes/CohortMilestoneScheduling.cs",
        "src/NavLederprogram.HttpApi.Host/Scheduling/SchedulingSetup.cs",
    ];

    [GeneratedRegex(@"^public (?:(?:static|sealed|abstract|partial|readonly|ref|record)\s+)*(?:class|record|interface|enum|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();

    /// <summary>Every hand-written source file of src/ with the public top-level types it declares.</summary>
    private static Dictionary<string, List<string>> DeclaredTypes()
    {
        var root = LayerTests.RepositoryRoot();
        return Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                && !f.Contains("/Migrations/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => TopLevelPublicType().Matches(File.ReadAllText(Path.Combine(root, f))).Select(m => m.Groups[1].Value).ToList());
    }

    private static bool FollowsTheRule(string file, IReadOnlyList<string> types) =>
        types.All(t => t == Path.GetFileNameWithoutExtension(file));

    [Fact]
    public void Each_public_type_sits_in_a_file_named_after_it()
    {
        var offenders = DeclaredTypes().Where(f => !FollowsTheRule(f.Key, f.Value)).Select(f => f.Key).ToList();
        offenders.Except(NotYetSplit).ShouldBeEmpty("one public type per file, named after it");
        NotYetSplit.Except(offenders).ShouldBeEmpty("split already: remove from the list");
    }

    /// <summary>The scan sees every public type the compiler sees, so that a declaration it misses cannot slip past the rule.</summary>
    [Fact]
    public void The_source_scan_finds_every_public_type_of_every_layer()
    {
        var declared = DeclaredTypes().SelectMany(f => f.Value).ToHashSet();
        var layers = LayerTests.AllowedReferences.Keys.Where(l => !l.Contains("Migrations", StringComparison.Ordinal));
        var compiled = layers.SelectMany(l => Assembly.Load(l).GetExportedTypes())
            .Where(t => !t.IsNested && t.Namespace?.StartsWith("NavLederprogram", StringComparison.Ordinal) == true)
            .Select(t => t.Name.Split('`')[0])
            .ToList();
        compiled.Count.ShouldBeGreaterThan(300);
        compiled.Where(t => !declared.Contains(t)).ShouldBeEmpty();
    }

    [Fact]
    public void The_rule_fails_on_a_deliberate_violation()
    {
        FollowsTheRule("src/NavLederprogram.Domain/Programmes/Cohort.cs", ["Cohort"]).ShouldBeTrue();
        FollowsTheRule("src/NavLederprogram.Domain/Programmes/Cohort.cs", ["Cohort", "CohortStatusChanged"]).ShouldBeFalse();
    }
}
