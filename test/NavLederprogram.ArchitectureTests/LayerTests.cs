using System.Reflection;
using NetArchTest.Rules;
using Shouldly;
using Xunit;

namespace NavLederprogram.ArchitectureTests;

/// <summary>The reference graph of ARCHITECTURE.md, read from the compiled assemblies.</summary>
public class LayerTests
{
    private const string P = "NavLederprogram.";

    public static readonly Dictionary<string, string[]> AllowedReferences = new()
    {
        [P + "Domain.Shared"] = [],
        [P + "Domain"] = [P + "Domain.Shared"],
        [P + "Application.Contracts"] = [P + "Domain.Shared"],
        [P + "Application"] = [P + "Domain", P + "Application.Contracts"],
        [P + "EntityFrameworkCore"] = [P + "Domain"],
        [P + "EntityFrameworkCore.Migrations.Sqlite"] = [P + "EntityFrameworkCore"],
        [P + "EntityFrameworkCore.Migrations.SqlServer"] = [P + "EntityFrameworkCore"],
        [P + "EntityFrameworkCore.Migrations.PostgreSql"] = [P + "EntityFrameworkCore"],
        [P + "HttpApi"] = [P + "Application.Contracts"],
        [P + "HttpApi.Host"] = [P + "Application", P + "HttpApi", P + "EntityFrameworkCore",
            P + "EntityFrameworkCore.Migrations.Sqlite", P + "EntityFrameworkCore.Migrations.SqlServer", P + "EntityFrameworkCore.Migrations.PostgreSql"],
        // The migrator's seeding saves aggregates whose domain events the application layer handles.
        [P + "DbMigrator"] = [P + "EntityFrameworkCore", P + "Application",
            P + "EntityFrameworkCore.Migrations.Sqlite", P + "EntityFrameworkCore.Migrations.SqlServer", P + "EntityFrameworkCore.Migrations.PostgreSql"],
    };

    /// <summary>
    /// References to our own assemblies that a layer may not have. A layer may use what its allowed references
    /// expose in turn (the host uses domain types through the application layer), never anything else.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenReferences(Assembly assembly, string asLayer)
    {
        var reachable = new HashSet<string>();
        var queue = new Queue<string>(AllowedReferences[asLayer]);
        while (queue.TryDequeue(out var next))
            if (reachable.Add(next)) foreach (var r in AllowedReferences[next]) queue.Enqueue(r);
        return assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith(P, StringComparison.Ordinal) && !reachable.Contains(n))
            .ToList();
    }

    private static Assembly Load(string name) => Assembly.Load(name);

    public static TheoryData<string> Layers => new(AllowedReferences.Keys);

    [Theory]
    [MemberData(nameof(Layers))]
    public void Each_layer_references_only_what_the_architecture_allows(string layer) =>
        ForbiddenReferences(Load(layer), layer).ShouldBeEmpty();

    [Fact]
    public void Every_project_of_the_solution_is_covered()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src")).Select(Path.GetFileName).ToList();
        projects.ShouldBe(AllowedReferences.Keys, ignoreOrder: true);
    }

    [Fact]
    public void The_rule_fails_on_a_deliberate_violation()
    {
        // This test assembly uses a host type; treated as the Domain layer, that must be caught.
        typeof(NavLederprogram.HttpApi.Host.AppOptions).Assembly.ShouldNotBeNull();
        ForbiddenReferences(typeof(LayerTests).Assembly, P + "Domain").ShouldContain(P + "HttpApi.Host");
    }

    /// <summary>The shared writer neutralizes formulas in text cells; a CSV written past it would let names from the HR import run in Excel.</summary>
    [Fact]
    public void Every_csv_file_is_written_through_the_shared_writer()
    {
        foreach (var layer in AllowedReferences.Keys.Where(l => !l.Contains("Migrations", StringComparison.Ordinal) && !l.EndsWith("DbMigrator", StringComparison.Ordinal)))
        {
            var result = Types.InAssembly(Load(layer)).That().DoNotResideInNamespace(P + "Export").ShouldNot().HaveDependencyOn("CsvHelper.CsvWriter").GetResult();
            result.IsSuccessful.ShouldBeTrue($"{layer}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
        // The rule sees a writer where there is one.
        Types.InAssembly(Load(P + "Application")).That().ResideInNamespace(P + "Export").Should().HaveDependencyOn("CsvHelper.CsvWriter")
            .GetResult().IsSuccessful.ShouldBeTrue();
    }

    [Fact]
    public void The_domain_does_not_depend_on_entity_framework_or_asp_net_core()
    {
        var result = Types.InAssembly(Load(P + "Domain")).ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc").GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NavLederprogram.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
