using System.Reflection;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace NavLederprogram.ArchitectureTests;

/// <summary>One public type per file, the file named after it, so that a type is found by its name.</summary>
public partial class FileLayoutTests
{
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
        offenders.ShouldBeEmpty("one public type per file, named after it");
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
