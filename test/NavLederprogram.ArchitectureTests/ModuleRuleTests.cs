using Shouldly;
using Xunit;

namespace NavLederprogram.ArchitectureTests;

/// <summary>A module uses another only through its published types and only if it depends on it: checked in every assembly.</summary>
public class ModuleRuleTests
{
    public static TheoryData<string> Assemblies => new(
        ["Domain", "Application.Contracts", "Application", "EntityFrameworkCore", "HttpApi", "HttpApi.Host"]);

    private static string PathOf(string layer) => Path.Combine(AppContext.BaseDirectory, $"NavLederprogram.{layer}.dll");

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Modules_use_each_other_only_through_what_they_publish(string layer) =>
        new ModuleRule().Check(PathOf(layer)).Select(v => v.ToString()).ShouldBeEmpty();
}
