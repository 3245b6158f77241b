using NavLederprogram.ELearning;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

/// <summary>Reading packages as authoring tools export them, and refusing what must never be unpacked.</summary>
public class ScormPackageTests
{
    private static ScormArchive Open(byte[] zip, ScormLimits? limits = null) => ScormArchive.Open(new MemoryStream(zip), limits ?? ScormLimits.Default);

    private static string Refusal(byte[] zip, ScormLimits? limits = null) => Should.Throw<BusinessException>(() => Open(zip, limits)).Code;

    [Fact]
    public void A_scorm_12_package_gives_its_sco_and_mastery_score()
    {
        using var archive = Open(ScormTestPackages.Build(ScormTestPackages.Scorm12));
        archive.Manifest.Version.ShouldBe(ScormVersion.Scorm12);
        archive.Manifest.Title.ShouldBe("Oppfølging av sykmeldte (SCORM 1.2)");
        var sco = archive.Manifest.Items.ShouldHaveSingleItem();
        (sco.Href, sco.MasteryScore, sco.IsSco).ShouldBe(("index.html", 70m, true));
        archive.FileCount.ShouldBe(3);
    }

    [Fact]
    public void A_scorm_2004_package_resolves_xml_base_and_reads_the_scaled_passing_score()
    {
        using var archive = Open(ScormTestPackages.Build(ScormTestPackages.Scorm2004));
        archive.Manifest.Version.ShouldBe(ScormVersion.Scorm2004Edition4);
        var sco = archive.Manifest.Items.ShouldHaveSingleItem();
        (sco.Href, sco.ScaledPassingScore).ShouldBe(("content/index.html", 0.7m));
    }

    [Fact]
    public void A_multi_sco_package_keeps_its_table_of_contents_in_order_with_launch_parameters()
    {
        using var archive = Open(ScormTestPackages.Build(ScormTestPackages.MultiSco));
        archive.Manifest.Items.Select(i => (i.Title, i.Level, i.Href)).ShouldBe(
            [("Modul 1", 0, null), ("Del 1: Samtalen", 1, "part1.html"), ("Del 2: Planen", 1, "part2.html")]);
        var package = new ScormPackage(Guid.NewGuid(), Guid.NewGuid(), "plan.zip", archive.Manifest, archive.FileCount, archive.DeclaredBytes);
        package.Launchable.Select(s => s.LaunchPath).ShouldBe(["part1.html", "part2.html?part=2"]);
    }

    [Fact]
    public void What_is_not_a_scorm_package_is_refused_with_its_reason()
    {
        var page = ("index.html", ScormTestPackages.Text("<html></html>"));
        Refusal(ScormTestPackages.Text("PK\u0003\u0004 not really a zip")).ShouldBe(NavLederprogramErrorCodes.ScormNotAZip);
        Refusal(ScormTestPackages.Zip(page)).ShouldBe(NavLederprogramErrorCodes.ScormNoManifest);
        Refusal(ScormTestPackages.Zip(("course/imsmanifest.xml", ScormTestPackages.Text(ScormTestPackages.Manifest12())), page))
            .ShouldBe(NavLederprogramErrorCodes.ScormManifestInFolder);
        Refusal(ScormTestPackages.Zip(("course.crs", ScormTestPackages.Text("[Course]")), ("course.au", ScormTestPackages.Text("x"))))
            .ShouldBe(NavLederprogramErrorCodes.ScormAicc);
        Refusal(ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text("<manifest><organizations>")), page))
            .ShouldBe(NavLederprogramErrorCodes.ScormManifestInvalid);
        Refusal(ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text("<manifest identifier='x'><resources/></manifest>")), page))
            .ShouldBe(NavLederprogramErrorCodes.ScormNotScorm);
        Refusal(ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text(ScormTestPackages.Manifest12("start.html"))), page))
            .ShouldBe(NavLederprogramErrorCodes.ScormLaunchFileMissing);
    }

    [Theory]
    [InlineData("http://evil.example/sco.html")]
    [InlineData("https://cdn.example/x.js")]
    [InlineData("../outside.html")]
    [InlineData("content/../../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("%2e%2e/outside.html")]
    public void A_manifest_pointing_outside_the_package_is_refused(string href)
    {
        Refusal(ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text(ScormTestPackages.Manifest12("index.html", href))),
            ("index.html", ScormTestPackages.Text("<html></html>")))).ShouldBe(NavLederprogramErrorCodes.ScormExternalReference);
    }

    [Fact]
    public void A_manifest_with_a_doctype_and_entities_expands_nothing()
    {
        var manifest = ScormTestPackages.Manifest12().Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>").Replace("<title>T</title>", "<title>&x;</title>");
        Refusal(ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text(manifest)), ("index.html", ScormTestPackages.Text("x"))))
            .ShouldBe(NavLederprogramErrorCodes.ScormManifestInvalid);
    }

    [Theory]
    [InlineData("../../etc/cron.d/x")]
    [InlineData("/etc/passwd")]
    [InlineData("content/../../x.html")]
    [InlineData("..\\..\\windows\\x.dll")]
    [InlineData("C:/x.html")]
    public void An_entry_that_would_land_outside_the_package_folder_is_refused(string entry)
    {
        Refusal(ScormTestPackages.Zip(("imsmanifest.xml", ScormTestPackages.Text(ScormTestPackages.Manifest12())),
            ("index.html", ScormTestPackages.Text("x")), (entry, ScormTestPackages.Text("x")))).ShouldBe(NavLederprogramErrorCodes.ScormUnsafeEntry);
    }

    [Fact]
    public void A_symbolic_link_is_refused() => Refusal(ScormTestPackages.WithSymlink()).ShouldBe(NavLederprogramErrorCodes.ScormUnsafeEntry);

    [Fact]
    public void A_zip_bomb_is_refused_by_its_compression_ratio_and_by_the_unpacked_size()
    {
        var bomb = ScormTestPackages.ZipBomb(300L * 1024 * 1024);
        bomb.Length.ShouldBeLessThan(2 * 1024 * 1024);
        Refusal(bomb).ShouldBe(NavLederprogramErrorCodes.ScormCompressionRatio);
        Refusal(bomb, ScormLimits.Default with { MaxBytes = 100L * 1024 * 1024, MaxCompressionRatio = int.MaxValue })
            .ShouldBe(NavLederprogramErrorCodes.ScormTooLargeUnpacked);
    }

    [Fact]
    public void Too_many_files_are_refused()
    {
        var files = Enumerable.Range(0, 30).Select(i => ($"f{i}.txt", ScormTestPackages.Text("x"))).ToArray();
        Refusal(ScormTestPackages.Zip(files), ScormLimits.Default with { MaxFiles = 20 }).ShouldBe(NavLederprogramErrorCodes.ScormTooManyFiles);
    }

    [Fact]
    public async Task Unpacking_counts_the_real_bytes_so_a_lying_size_cannot_pass_the_limit()
    {
        using var archive = Open(ScormTestPackages.Build(ScormTestPackages.Scorm12));
        var written = new Dictionary<string, long>();
        await archive.CopyEntriesAsync(async (path, content, ct) =>
        {
            var copy = new MemoryStream();
            await content.CopyToAsync(copy, ct);
            written[path] = copy.Length;
        }, CancellationToken.None);
        written.Keys.Order().ShouldBe(["imsmanifest.xml", "index.html", "sco.js"]);
        written.Values.Sum().ShouldBe(archive.DeclaredBytes);
    }
}
