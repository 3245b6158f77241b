using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace NavLederprogram.ELearning;

/// <summary>
/// Reads imsmanifest.xml of a SCORM 1.2 or 2004 package. Elements are matched by local name because authoring tools
/// disagree on prefixes and default namespaces; the edition comes from schemaversion, else from the ADL namespace.
/// Sequencing beyond a table of contents is ignored. Every href must stay inside the package.
/// </summary>
public static class ScormManifestReader
{
    private const string Adlcp12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    private const string Adlcp2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";

    public static ScormManifest Read(Stream manifest)
    {
        var settings = new XmlReaderSettings
        {
            // No DTD, no external entity, nothing fetched: a manifest is data, never a reason to open a URL or a file.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = 20_000_000,
            IgnoreComments = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(manifest, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new BusinessException(NavLederprogramErrorCodes.ScormManifestInvalid, e.LineNumber, e.Message) { Field = "file" };
        }
        var root = document.Root;
        if (root is null || root.Name.LocalName != "manifest") throw Invalid("manifest");
        var version = VersionOf(root) ?? throw new BusinessException(NavLederprogramErrorCodes.ScormNotScorm) { Field = "file" };

        var resources = root.Elements().Where(e => e.Name.LocalName == "resources").ToList();
        var resourceBase = resources.Select(r => Base(r)).FirstOrDefault() ?? "";
        var byId = new Dictionary<string, (string? Href, bool IsSco)>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var resource in resources.Elements().Where(e => e.Name.LocalName == "resource"))
        {
            var id = Attribute(resource, "identifier") ?? throw Invalid("resource/@identifier");
            var folder = Combine(resourceBase, Base(resource));
            var href = Attribute(resource, "href");
            string? launch = href is null ? null : InPackage(Combine(folder, href));
            foreach (var file in resource.Elements().Where(e => e.Name.LocalName == "file"))
                if (Attribute(file, "href") is { } fileHref) files.Add(InPackage(Combine(folder, fileHref)).Split('?', '#')[0]);
            var type = resource.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals("scormtype", StringComparison.OrdinalIgnoreCase))?.Value;
            byId[id] = (launch, string.Equals(type, "sco", StringComparison.OrdinalIgnoreCase));
        }

        var organizations = root.Elements().FirstOrDefault(e => e.Name.LocalName == "organizations");
        var orgs = organizations?.Elements().Where(e => e.Name.LocalName == "organization").ToList() ?? [];
        var defaultId = organizations is null ? null : Attribute(organizations, "default");
        var organization = orgs.FirstOrDefault(o => Attribute(o, "identifier") == defaultId) ?? orgs.FirstOrDefault();
        var items = new List<ScormItem>();
        if (organization is not null)
            foreach (var item in organization.Elements().Where(e => e.Name.LocalName == "item")) AddItem(item, 0, byId, items);
        else
            // A package without organizations is a set of resources: each SCO resource is launched on its own.
            items.AddRange(byId.Where(r => r.Value.Href is not null && r.Value.IsSco)
                .Select(r => new ScormItem(r.Key, r.Key, 0, r.Value.Href, null, null, null, null, true)));
        if (!items.Any(i => i.IsLaunchable)) throw new BusinessException(NavLederprogramErrorCodes.ScormNothingToLaunch) { Field = "file" };

        var title = Truncate(TitleOf(organization) ?? items[0].Title, ScormConsts.TitleMax);
        return new ScormManifest(version, title, items, files);
    }

    private static void AddItem(XElement item, int level, Dictionary<string, (string? Href, bool IsSco)> resources, List<ScormItem> items)
    {
        if (level > 20) throw Invalid("item");
        var id = Truncate(Attribute(item, "identifier") ?? $"ITEM-{items.Count + 1}", ScormConsts.IdentifierMax);
        var title = Truncate(TitleOf(item) ?? id, ScormConsts.TitleMax);
        string? href = null;
        var isSco = false;
        if (Attribute(item, "identifierref") is { } reference)
        {
            if (!resources.TryGetValue(reference, out var resource)) throw Invalid($"item/@identifierref={reference}");
            (href, isSco) = resource;
        }
        var parameters = Attribute(item, "parameters");
        if (parameters is not null && (parameters.Length > ScormConsts.ParametersMax || parameters.Any(char.IsControl))) throw Invalid("item/@parameters");
        var masteryScore = Decimal(Child(item, "masteryscore"));
        var launchData = Child(item, "datafromlms") ?? Child(item, "dataFromLMS");
        if (launchData is { Length: > ScormConsts.LaunchDataMax }) throw Invalid("item/dataFromLMS");
        var primary = item.Elements().FirstOrDefault(e => e.Name.LocalName == "sequencing")?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "objectives")?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "primaryObjective");
        decimal? passing = null;
        if (primary is not null && string.Equals(Attribute(primary, "satisfiedByMeasure"), "true", StringComparison.OrdinalIgnoreCase))
            passing = Decimal(primary.Elements().FirstOrDefault(e => e.Name.LocalName == "minNormalizedMeasure")?.Value) ?? 1m;
        items.Add(new ScormItem(id, title, level, href, parameters, launchData, masteryScore, passing, isSco));
        foreach (var child in item.Elements().Where(e => e.Name.LocalName == "item")) AddItem(child, level + 1, resources, items);
    }

    private static ScormVersion? VersionOf(XElement root)
    {
        var schemaVersion = root.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata")?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "schemaversion")?.Value.Trim();
        if (schemaVersion is not null)
        {
            if (schemaVersion == "1.2") return ScormVersion.Scorm12;
            if (schemaVersion.Contains("4th", StringComparison.OrdinalIgnoreCase)) return ScormVersion.Scorm2004Edition4;
            if (schemaVersion.Contains("2004", StringComparison.Ordinal) || schemaVersion.StartsWith("CAM 1.3", StringComparison.OrdinalIgnoreCase))
                return ScormVersion.Scorm2004Edition3;
        }
        var namespaces = root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration).Select(a => a.Value).ToHashSet();
        if (namespaces.Contains(Adlcp12)) return ScormVersion.Scorm12;
        if (namespaces.Contains(Adlcp2004)) return ScormVersion.Scorm2004Edition3;
        return null;
    }

    /// <summary>A path inside the package, or a refusal: no scheme (http:, javascript:, file:), no root, no "..".</summary>
    public static string InPackage(string href)
    {
        var path = Uri.UnescapeDataString(href.Trim()).Replace('\\', '/');
        var pathPart = path.Split('?', '#')[0];
        if (path.Length == 0 || path.Length > ScormConsts.HrefMax || pathPart.Contains(':') || path.StartsWith('/') || path.Any(char.IsControl)
            || pathPart.Split('/').Any(segment => segment == ".."))
            throw new BusinessException(NavLederprogramErrorCodes.ScormExternalReference, href) { Field = "file" };
        return path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
    }

    private static string Combine(string folder, string? path)
    {
        if (string.IsNullOrEmpty(path)) return folder;
        if (folder.Length == 0) return path;
        return folder.EndsWith('/') ? folder + path : folder + "/" + path;
    }

    private static string Base(XElement element) =>
        element.Attribute(XNamespace.Xml + "base")?.Value is { Length: > 0 } value ? InPackage(value) : "";

    private static string? Attribute(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static string? Child(XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase))?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static string? TitleOf(XElement? element) => element is null ? null : Child(element, "title");

    private static decimal? Decimal(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private static BusinessException Invalid(string what) =>
        new(NavLederprogramErrorCodes.ScormManifestInvalid, 0, what) { Field = "file" };
}
