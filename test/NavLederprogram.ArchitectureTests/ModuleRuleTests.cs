using Shouldly;
using Xunit;

namespace NavLederprogram.ArchitectureTests;

/// <summary>
/// A module uses another only through what that module publishes, and only a module it depends on: checked in every assembly
/// of the application, and proved on deliberate breaches compiled into this test assembly.
/// </summary>
public class ModuleRuleTests
{
    private const string Fixtures = "NavLederprogram.ArchitectureTests.Fixtures.";

    /// <summary>Every project under src/ whose types belong to modules; migrations are generated and the migrator is one Program.</summary>
    public static readonly string[] Layers =
        ["Domain.Shared", "Domain", "Application.Contracts", "Application", "EntityFrameworkCore", "HttpApi", "HttpApi.Host"];

    public static TheoryData<string> LayerData => new(Layers);

    private static string PathOf(string assembly) => Path.Combine(AppContext.BaseDirectory, $"{assembly}.dll");

    [Theory]
    [MemberData(nameof(LayerData))]
    public void Modules_use_each_other_only_through_what_they_publish(string layer)
    {
        var found = new ModuleRule().Check(PathOf($"NavLederprogram.{layer}"));
        found.Select(v => v.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void Every_project_with_module_code_is_checked()
    {
        var projects = Directory.GetDirectories(Path.Combine(LayerTests.RepositoryRoot(), "src")).Select(d => Path.GetFileName(d)!["NavLederprogram.".Length..])
            .Where(p => !p.Contains("Migrations", StringComparison.Ordinal) && p != "DbMigrator");
        projects.ShouldBe(Layers, ignoreOrder: true);
    }

    private static IReadOnlyList<ModuleViolation> FixtureViolations(string fixtureType) =>
        new ModuleRule().Check(typeof(ModuleRuleTests).Assembly.Location).Where(v => v.FromType == Fixtures + fixtureType).ToList();

    [Fact]
    public void Reading_another_modules_table_through_the_DbContext_is_reported()
    {
        var found = FixtureViolations("Notifications.ReadsAnotherModulesTable");
        found.ShouldContain(v => v.ToType == "NavLederprogram.Competence.CompetenceReminder" && v.ToModule == "Competence");
    }

    [Fact]
    public void Using_another_modules_repository_or_entity_is_reported()
    {
        var found = FixtureViolations("Programmes.UsesAnotherModulesRepository").Select(v => v.ToType).ToList();
        found.ShouldBe(["NavLederprogram.Organisation.IPersonRepository", "NavLederprogram.Organisation.Person"], ignoreOrder: true);
    }

    [Fact]
    public void Using_a_module_that_is_not_a_dependency_is_reported_even_through_its_contracts()
    {
        var found = FixtureViolations("Organisation.UsesAModuleItDoesNotDependOn");
        found.ShouldContain(v => v.ToType == "NavLederprogram.Programmes.ICohortAppService" && v.Reason.Contains("does not depend on"));
    }

    [Fact]
    public void The_shared_kernel_reaching_into_a_module_is_reported()
    {
        FixtureViolations("Paging.KernelUsingAModule").ShouldContain(v => v.ToType == "NavLederprogram.Organisation.Person");
    }

    [Fact]
    public void A_namespace_that_is_neither_module_nor_kernel_is_reported()
    {
        FixtureViolations("Bookkeeping.InAnUnknownModule").ShouldHaveSingleItem().Reason.ShouldContain("neither a known module");
    }

    [Fact]
    public void Seed_contributors_and_service_registrations_may_span_modules_and_nothing_else_may()
    {
        FixtureViolations("Notifications.SeedsDemoDataAcrossModules").ShouldBeEmpty();
        FixtureViolations("Scheduling.RegistersEveryModulesJobs").ShouldBeEmpty();
        FixtureViolations("Scheduling.RegistersAndReadsAnotherModule")
            .ShouldContain(v => v.ToType == "NavLederprogram.Organisation.Person");
    }

    [Fact]
    public void Published_query_interfaces_events_and_contracts_are_allowed()
    {
        FixtureViolations("Notifications.UsesPublishedQueries").ShouldBeEmpty();
        FixtureViolations("Competence.HandlesAnotherModulesEvent").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("NavLederprogram.Programmes", "Programmes")]
    [InlineData("NavLederprogram.Programmes.Events", "Programmes")]
    [InlineData("NavLederprogram.EntityFrameworkCore.Competence", "Competence")]
    [InlineData("NavLederprogram.HttpApi.Host.Notifications", "Notifications")]
    [InlineData("NavLederprogram.HttpApi.Host.Pages.Account", "Identity")]
    [InlineData("NavLederprogram.Paging", "(shared kernel)")]
    [InlineData("NavLederprogram.EntityFrameworkCore.Paging", "(shared kernel)")]
    [InlineData("NavLederprogram.EntityFrameworkCore", "(composition root)")]
    [InlineData("Microsoft.EntityFrameworkCore", null)]
    public void A_types_module_is_the_namespace_segment_after_the_layer(string ns, string? module) => ModuleRule.ModuleOf(ns).ShouldBe(module);
}
