using System.Collections;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace NavLederprogram.HttpApi.Host.Tests.HostileInput;

/// <summary>
/// Sends malformed bodies, hostile query values, garbage multipart and odd route values to every operation of a host,
/// derived from the endpoints' own handler parameters, and reports what a user must never see: a 5xx, an error that is
/// not ProblemDetails, or data changed by a request that was refused.
/// </summary>
public sealed class HostileInputChecker
{
    private const string Boundary = "hostile-boundary";
    private static readonly string Huge = new('x', 100_000);

    public required IReadOnlyList<RouteEndpoint> Endpoints { get; init; }
    /// <summary>A client signed in as someone allowed to call the endpoint (or anonymous when it is open).</summary>
    public required Func<RouteEndpoint, HttpClient> ClientFor { get; init; }
    /// <summary>A digest of the stored data; equal before and after means nothing was written.</summary>
    public required Func<Task<string>> Fingerprint { get; init; }
    public RealIds Ids { get; init; } = RealIds.None;

    public int RequestCount { get; private set; }
    public List<string> Failures { get; } = [];
    /// <summary>Hostile requests a mutating operation accepted (2xx): not an error in itself, but shown so it can be judged.</summary>
    public List<string> Accepted { get; } = [];
    public List<string> Skipped { get; } = [];

    public TimeSpan FingerprintTime { get; private set; }

    public async Task RunAsync()
    {
        // Reads first, under one fingerprint: none of them may write anything. Then each write on its own, so that a
        // hostile request that was refused and still wrote is named with its operation.
        var operations = Operations().Select(o => Operation.From(o.Endpoint, o.Method)).ToList();
        var reads = operations.Where(o => o.Method == HttpMethods.Get).ToList();
        var before = await TimedFingerprint();
        foreach (var op in reads) await SendAllAsync(op);
        if (await TimedFingerprint() != before) Failures.Add("the stored data changed while only GET requests were sent");

        foreach (var op in operations.Except(reads))
        {
            before = await TimedFingerprint();
            if (!await SendAllAsync(op) && await TimedFingerprint() != before)
                Failures.Add($"{op}: the stored data changed although every hostile request was refused");
        }
    }

    private async Task<string> TimedFingerprint()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await Fingerprint();
        FingerprintTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return result;
    }

    /// <summary>Sends every hostile request for one operation; true when a write accepted one of them.</summary>
    private async Task<bool> SendAllAsync(Operation operation)
    {
        var unresolved = operation.GuidRouteParameters.Where(n => !Ids.IsKnownKind(operation.KindOf(n, Ids))).ToList();
        if (unresolved.Count > 0)
            Failures.Add($"{operation}: no real ids for route parameter(s) {string.Join(", ", unresolved)} – name their kind in {nameof(RealIds)}");
        var requests = BuildRequests(operation).ToList();
        if (requests.Count == 0)
        {
            Skipped.Add(operation.ToString());
            return false;
        }
        var accepted = false;
        var client = ClientFor(operation.Endpoint);
        foreach (var request in requests)
        {
            RequestCount++;
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500) Failures.Add($"{request} → {status}: {Shorten(body)}");
            else if (status >= 400 && !IsProblemDetails(response, body, status)) Failures.Add($"{request} → {status} without ProblemDetails: {response.Content.Headers.ContentType} {Shorten(body)}");
            else if (status < 300 && operation.Method != HttpMethods.Get)
            {
                accepted = true;
                Accepted.Add($"{request} → {status}");
            }
        }
        return accepted;
    }

    private IEnumerable<(RouteEndpoint Endpoint, string Method)> Operations() => Endpoints
        .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !e.RoutePattern.Parameters.Any(p => p.IsCatchAll))
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (e, m)))
        .OrderBy(o => o.e.RoutePattern.RawText, StringComparer.Ordinal).ThenBy(o => o.m, StringComparer.Ordinal);

    private IEnumerable<HostileRequest> BuildRequests(Operation op)
    {
        var real = Route(op, useRealIds: true);
        var random = Route(op, useRealIds: false);
        var writes = op.Method != HttpMethods.Get;
        // Real ids on a bodiless write would be a legitimate action (approve, delete), not hostile input: only unknown ids there.
        var target = op.Body is null && op.Form is null && writes ? random : real;

        if (op.GuidRouteParameters.Count > 0)
        {
            if (!writes || op.Body is not null || op.Form is not null) yield return new(op, real.Path, real.Description, null);
            yield return new(op, random.Path, "unknown ids", Plausible(op, random));
            yield return new(op, MalformedGuidRoute(op), "malformed id", Plausible(op, random));
        }
        foreach (var p in op.RouteStrings)
            foreach (var value in HostileStrings)
                yield return new(op, Route(op, useRealIds: true, (p, value)).Path, $"route {p}={Shorten(value)}", Plausible(op, real));

        foreach (var (query, description) in HostileQueries(op))
            yield return new(op, target.Path + query, description, Plausible(op, target));

        if (op.Body is { } body)
        {
            foreach (var (content, description) in HostileJson(op, body, target))
                yield return new(op, target.Path + RequiredQuery(op), description, content);
        }
        if (op.Form is not null)
        {
            foreach (var (content, description) in HostileForms(op, target))
                yield return new(op, target.Path + RequiredQuery(op), description, content);
        }
    }

    // ---------- route ----------

    private sealed record RouteValues(string Path, string Description, Guid? FirstId);

    private RouteValues Route(Operation op, bool useRealIds, (string Name, string Value)? replace = null)
    {
        Guid? first = null;
        var chosen = new List<Guid>();
        var path = string.Join("/", op.Endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternParameterPart p when replace?.Name == p.Name => Uri.EscapeDataString(replace.Value.Value),
            RoutePatternParameterPart p when op.GuidRouteParameters.Contains(p.Name) => Id(p.Name),
            RoutePatternParameterPart p => p.Name == "culture" ? "nb" : "hostile",
            _ => "",
        }))));
        return new("/" + path, useRealIds ? "real ids" : "unknown ids", first);

        string Id(string parameter)
        {
            var kinds = op.GuidRouteParameters.Select(n => op.KindOf(n, Ids)).ToList();
            var real = !useRealIds ? null
                : chosen.Count == 0 ? Ids.PickParent(op.KindOf(parameter, Ids), kinds.Skip(1).ToList())
                : Ids.Pick(op.KindOf(parameter, Ids), chosen);
            var id = real ?? Guid.NewGuid();
            first ??= id;
            chosen.Add(id);
            return id.ToString();
        }
    }

    private string MalformedGuidRoute(Operation op)
    {
        var name = op.GuidRouteParameters[0];
        return "/" + string.Join("/", op.Endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternParameterPart p when p.Name == name => "not-a-guid",
            RoutePatternParameterPart p when op.GuidRouteParameters.Contains(p.Name) => Guid.NewGuid().ToString(),
            RoutePatternParameterPart => "hostile",
            _ => "",
        }))));
    }

    // ---------- query ----------

    private static readonly string[] HostileStrings =
    [
        Huge, "' OR 1=1; DROP TABLE OrgPeople; --", "noSuchField desc", "name; DELETE FROM OrgRegions", "../../etc/passwd", "\u0001\u001f\u007f", "%", "",
    ];

    private static IEnumerable<string> HostileValues(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(int) || type == typeof(long)) return ["-1", "0", "2147483647", "-2147483648", "99999999999999999999", "abc", "1e3"];
        if (type == typeof(Guid)) return ["not-a-guid", Guid.Empty.ToString(), Guid.NewGuid().ToString()];
        if (type == typeof(bool)) return ["maybe", "2"];
        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)) return ["0001-01-01", "9999-12-31", "2026-02-30", "not-a-date"];
        if (type.IsEnum) return ["NoSuchValue", "999", "-1"];
        // NUL only where it can travel: a path cannot hold it, a query value can (and PostgreSQL refuses it in text).
        return [.. HostileStrings, "nul\u0000char"];
    }

    private IEnumerable<(string Query, string Description)> HostileQueries(Operation op)
    {
        foreach (var (name, type) in op.Query)
            foreach (var value in HostileValues(type))
                yield return (Query(op, (name, value)), $"query {name}={Shorten(value)}");
        // Raw bytes that are not UTF-8 once unescaped.
        foreach (var (name, _) in op.Query.Take(1))
            yield return (Query(op) + (op.Query.Any(q => IsRequired(q.Type)) ? "&" : "?") + name + "=%FF%FE", $"query {name}=invalid UTF-8");

        var dates = op.Query.Where(q => IsDate(q.Type)).Select(q => q.Name).ToList();
        if (dates.Count > 0)
        {
            yield return (Query(op, [.. dates.Select(d => (d, "0001-01-01"))]), "every date 0001-01-01");
            yield return (Query(op, [.. dates.Select(d => (d, "9999-12-31"))]), "every date 9999-12-31");
            yield return (Query(op, [.. dates.Select((d, i) => (d, i == 0 ? "9999-12-31" : "0001-01-01"))]), "dates from 9999-12-31 to 0001-01-01");
            yield return (Query(op, [.. dates.Select((d, i) => (d, i == 0 ? "0001-01-01" : "9999-12-31"))]), "dates from 0001-01-01 to 9999-12-31");
        }
        var numbers = op.Query.Where(q => (Nullable.GetUnderlyingType(q.Type) ?? q.Type) == typeof(int)).Select(q => q.Name).ToList();
        if (numbers.Count > 1)
        {
            yield return (Query(op, [.. numbers.Select(n => (n, "2147483647"))]), "every number 2147483647");
            yield return (Query(op, [.. numbers.Select(n => (n, "-2147483648"))]), "every number -2147483648");
        }
    }

    private static string RequiredQuery(Operation op) => Query(op);

    /// <summary>Required query values (a non-nullable date) get a valid one, so the hostile value is what is refused.</summary>
    private static string Query(Operation op, params (string Name, string Value)[] values)
    {
        var parts = op.Query.Where(q => IsRequired(q.Type) && values.All(v => v.Name != q.Name))
            .Select(q => (q.Name, Value: IsDate(q.Type) ? DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd") : "1"))
            .Concat(values)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static bool IsRequired(Type t) => t.IsValueType && Nullable.GetUnderlyingType(t) is null;
    private static bool IsDate(Type t) => (Nullable.GetUnderlyingType(t) ?? t) is var u && (u == typeof(DateOnly) || u == typeof(DateTime) || u == typeof(DateTimeOffset));

    // ---------- JSON ----------

    private Func<HttpContent>? Plausible(Operation op, RouteValues route) =>
        op.Body is { } body ? () => Json(PlausibleObject(body, route, 0).ToJsonString())
        : op.Form is not null ? () => Form(op, route, PlausibleFile()) : null;

    private IEnumerable<(Func<HttpContent>, string)> HostileJson(Operation op, Type body, RouteValues route)
    {
        var plausible = PlausibleObject(body, route, 0);
        var properties = Properties(body);
        yield return (() => Json("{}"), "empty object (every field missing)");
        yield return (() => Json("null"), "null body");
        yield return (() => Json("[]"), "array body");
        yield return (() => Json("\"text\""), "string body");
        yield return (() => Json("123"), "number body");
        yield return (() => Json("{\"a\":"), "truncated JSON");
        yield return (() => Json(new string('[', 10_000) + new string(']', 10_000)), "10,000 levels of nesting");
        yield return (() => Json("{" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"\"x{i}\":{{\"y\":[1,2,3]}},")) + "\"z\":1}"), "2,000 unknown fields");
        yield return (() => Raw([.. "{\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8], "application/json"), "invalid UTF-8");
        yield return (() => Raw(Encoding.UTF8.GetBytes(plausible.ToJsonString()), "application/json; charset=ebcdic"), "charset=ebcdic");
        yield return (() => Raw(Encoding.Unicode.GetBytes(plausible.ToJsonString()), "application/json; charset=utf-16"), "charset=utf-16");
        yield return (() => Raw(Encoding.UTF8.GetBytes(plausible.ToJsonString()), "text/plain"), "text/plain");
        yield return (() => Raw("<input/>"u8.ToArray(), "application/xml"), "application/xml");
        yield return (() => Raw(Encoding.UTF8.GetBytes(plausible.ToJsonString()), "not a media type"), "malformed content type");
        yield return (() => Raw(Encoding.UTF8.GetBytes(plausible.ToJsonString()), null), "no content type");
        yield return (() => Form(op, route, PlausibleFile()), "multipart instead of JSON");
        yield return (() => Json(new JsonObject(properties.Select(p => KeyValuePair.Create(JsonName(p), (JsonNode?)null))).ToJsonString()), "every field null");
        yield return (() => Json(new JsonObject(properties.Select(p => KeyValuePair.Create(JsonName(p), WrongType(p.PropertyType)))).ToJsonString()), "every field of the wrong type");
        yield return (() => Json("{\"unexpected\":1,\"__proto__\":{\"admin\":true},\"id\":\"" + Guid.NewGuid() + "\"}"), "only unknown fields");

        foreach (var property in properties)
        {
            var name = JsonName(property);
            foreach (var (value, description) in HostileJsonValues(property.PropertyType))
                yield return (() => Json(With(plausible, name, value)), $"{name}={description}");
        }
    }

    private static string With(JsonObject plausible, string name, JsonNode? value)
    {
        var copy = (JsonObject)plausible.DeepClone();
        copy[name] = value?.DeepClone();
        return copy.ToJsonString();
    }

    private static IEnumerable<(JsonNode?, string)> HostileJsonValues(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        yield return (WrongType(type), "wrong type");
        if (t == typeof(string))
        {
            yield return (JsonValue.Create(Huge), "100,000 characters");
            yield return (JsonValue.Create("=HYPERLINK(\"http://x\",\"y\")\u0000\r\n"), "formula and control characters");
        }
        else if (t == typeof(int) || t == typeof(long))
        {
            yield return (JsonValue.Create(-1), "-1");
            yield return (JsonValue.Create(int.MaxValue), "int.MaxValue");
            yield return (JsonValue.Create(int.MinValue), "int.MinValue");
            yield return (JsonNode.Parse("1e400"), "1e400");
        }
        else if (t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime))
        {
            yield return (JsonValue.Create("0001-01-01"), "0001-01-01");
            yield return (JsonValue.Create("9999-12-31"), "9999-12-31");
            yield return (JsonValue.Create("2026-02-30"), "2026-02-30");
        }
        else if (t == typeof(Guid))
        {
            yield return (JsonValue.Create(Guid.NewGuid()), "unknown id");
            yield return (JsonValue.Create(Guid.Empty), "empty id");
        }
        else if (t.IsEnum)
        {
            yield return (JsonValue.Create(999), "999");
            yield return (JsonValue.Create("NoSuchValue"), "unknown name");
        }
        else if (ElementType(t) is { } element)
        {
            yield return (new JsonArray(JsonValue.Create((string?)null)), "[null]");
            yield return (new JsonArray([.. Enumerable.Range(0, 5_000).Select(_ => Placeholder(element))]), "5,000 elements");
            if (!IsSimple(element)) yield return (new JsonArray(new JsonObject()), "[{}]");
        }
    }

    private static JsonNode? Placeholder(Type element) => element == typeof(Guid) ? JsonValue.Create(Guid.NewGuid()) : IsSimple(element) ? JsonValue.Create("x") : new JsonObject();

    private static JsonNode? WrongType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return JsonValue.Create(12345);
        if (t == typeof(bool) || t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double)) return JsonValue.Create("not a number");
        if (t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t.IsEnum) return new JsonObject { ["nested"] = true };
        if (ElementType(t) is not null) return JsonValue.Create("not a list");
        return JsonValue.Create("not an object");
    }

    private JsonObject PlausibleObject(Type type, RouteValues route, int depth)
    {
        var result = new JsonObject();
        foreach (var p in Properties(type)) result[JsonName(p)] = PlausibleValue(p.Name, p.PropertyType, route, depth);
        return result;
    }

    /// <summary>Values that pass binding and mostly validation, so that the one hostile value in a request is what the handler meets.</summary>
    private JsonNode? PlausibleValue(string name, Type type, RouteValues route, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var lower = name.ToLowerInvariant();
        if (t == typeof(string))
            return JsonValue.Create(lower switch
            {
                "concurrencystamp" => route.FirstId is { } id ? Ids.StampOf(id) ?? "stamp" : "stamp",
                _ when lower.Contains("email") => "hostile.input@example.no",
                _ when lower.Contains("culture") || lower.Contains("language") => "nb",
                _ when lower.Contains("time") => "09:00",
                _ when lower.Contains("link") || lower.Contains("url") => "https://example.no/x",
                _ when lower.Contains("number") => "4242",
                _ when lower.Contains("code") => "HOSTILE",
                _ => "Hostile input check",
            });
        if (t == typeof(int) || t == typeof(long)) return JsonValue.Create(lower.Contains("capacity") ? 10 : lower.Contains("minutes") ? 60 : 1);
        if (t == typeof(bool)) return JsonValue.Create(false);
        if (t == typeof(DateOnly)) return JsonValue.Create(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(lower.Contains("end") ? 60 : lower.Contains("start") ? 30 : lower.Contains("close") ? 20 : 10).ToString("yyyy-MM-dd"));
        if (t == typeof(DateTimeOffset)) return JsonValue.Create(DateTimeOffset.UtcNow.AddDays(10));
        if (t == typeof(Guid)) return JsonValue.Create(Ids.Pick(RealIds.KindFromName(name), []) ?? Guid.NewGuid());
        if (t.IsEnum) return JsonValue.Create(Enum.GetNames(t)[0]);
        if (ElementType(t) is { } element)
            return element == typeof(Guid) && Ids.Pick(RealIds.KindFromName(name.TrimEnd('s')), []) is { } one ? new JsonArray(JsonValue.Create(one)) : new JsonArray();
        return depth < 3 ? PlausibleObject(t, route, depth + 1) : new JsonObject();
    }

    private static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    private static HttpContent Raw(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    // ---------- forms ----------

    /// <summary>A 1×1 PNG: a real image, so that the form's other fields are what gets judged.</summary>
    private static readonly byte[] Png = TestFiles.Png();

    private static (string Name, byte[] Content, string ContentType) PlausibleFile() => ("diploma.png", Png, "image/png");

    private HttpContent Form(Operation op, RouteValues route, (string Name, byte[] Content, string ContentType)? file, params (string Name, string Value)[] overrides)
    {
        var form = new MultipartFormDataContent(Boundary);
        if (op.Form is { } type)
            foreach (var p in Properties(type))
            {
                var name = JsonName(p);
                var value = overrides.Any(o => o.Name == name) ? overrides.First(o => o.Name == name).Value : PlausibleValue(p.Name, p.PropertyType, route, 1)?.ToString();
                if (value is not null) form.Add(new StringContent(value), name);
            }
        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
            form.Add(content, op.FileParameter ?? "file", f.Name);
        }
        return form;
    }

    private IEnumerable<(Func<HttpContent>, string)> HostileForms(Operation op, RouteValues route)
    {
        var zipAsPdf = "%PDF-1.7\n"u8.ToArray().Concat("PK\u0003\u0004 not a pdf at all"u8.ToArray()).ToArray();
        yield return (() => Raw("garbage"u8.ToArray(), "multipart/form-data"), "multipart without boundary");
        yield return (() => Raw("not multipart at all"u8.ToArray(), $"multipart/form-data; boundary={Boundary}"), "garbage multipart");
        yield return (() => Raw(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nemployeeNumber;fir"), $"multipart/form-data; boundary={Boundary}"), "truncated multipart");
        yield return (() => Raw(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--{Boundary}--\r\n"), $"multipart/form-data; boundary={Boundary}"), "part without a name");
        yield return (() => Raw(Encoding.UTF8.GetBytes($"--{Boundary}--\r\n"), $"multipart/form-data; boundary={Boundary}; charset=ebcdic"), "multipart with charset=ebcdic");
        yield return (() => new MultipartFormDataContent(Boundary), "empty form");
        yield return (() => Json("{\"file\":\"x\"}"), "JSON instead of a form");
        yield return (() => Form(op, route, null), "form without a file");
        yield return (() => Form(op, route, ("empty.csv", [], "text/csv")), "empty file");
        yield return (() => Form(op, route, ("../../etc/passwd\u0001\\..\\x", "garbage \0\u0001\u0002"u8.ToArray(), "application/octet-stream")), "binary garbage with a path as file name");
        yield return (() => Form(op, route, ("diploma.pdf", zipAsPdf, "application/pdf")), "zip that starts with %PDF-");
        yield return (() => Form(op, route, ("<script>alert(1)</script>.html", "<html><script>alert(1)</script></html>"u8.ToArray(), "text/html")), "HTML file");
        yield return (() => Form(op, route, (Huge[..5_000] + ".png", Png, "image/png")), "5,000-character file name");
        yield return (() => Form(op, route, ("hr.csv", Encoding.UTF8.GetBytes("employeeNumber;firstName\n=1+1;\"unterminated\n"), "text/csv")), "broken CSV");
        yield return (() => Form(op, route, ("latin1.csv", Encoding.Latin1.GetBytes("employeeNumber;firstName;lastName\n1;Bjørn;Ås\n"), "text/csv")), "Latin-1 CSV");
        if (op.Form is { } type)
            foreach (var p in Properties(type))
            {
                var name = JsonName(p);
                foreach (var value in HostileValues(p.PropertyType).Take(4))
                    yield return (() => Form(op, route, PlausibleFile(), (name, value)), $"form {name}={Shorten(value)}");
            }
    }

    // ---------- reflection ----------

    private static PropertyInfo[] Properties(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();
    private static string JsonName(PropertyInfo p) => JsonNamingPolicy.CamelCase.ConvertName(p.Name);

    internal static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset)
            || t == typeof(TimeOnly) || t == typeof(decimal);
    }

    internal static Type? ElementType(Type t) =>
        t == typeof(string) ? null : t.IsArray ? t.GetElementType()
        : t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t) ? t.GetGenericArguments()[0] : null;

    private static bool IsProblemDetails(HttpResponseMessage response, string body, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return false;
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status
                && json.RootElement.TryGetProperty("title", out var t) && !string.IsNullOrWhiteSpace(t.GetString());
        }
        catch (JsonException) { return false; }
    }

    internal static string Shorten(string value) => value.Length > 60 ? $"{value[..40]}…({value.Length} chars)" : value.Replace("\0", "\\0");

    // ---------- model ----------

    internal sealed record HostileRequest(Operation Operation, string Path, string Description, Func<HttpContent>? Content)
    {
        public HttpRequestMessage ToMessage()
        {
            var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Path);
            if (Operation.Method is "POST" or "PUT" or "PATCH" && Content is not null) message.Content = Content();
            return message;
        }

        public override string ToString() => $"{Operation.Method} {Shorten(Path)} [{Description}]";
    }

    internal sealed class Operation
    {
        public required RouteEndpoint Endpoint { get; init; }
        public required string Method { get; init; }
        public List<string> GuidRouteParameters { get; } = [];
        public List<string> RouteStrings { get; } = [];
        public List<(string Name, Type Type)> Query { get; } = [];
        public Type? Body { get; set; }
        /// <summary>The form's fields ([FromForm] type), or <see cref="object"/> for a form with only a file.</summary>
        public Type? Form { get; set; }
        public string? FileParameter { get; set; }

        public string KindOf(string routeParameter, RealIds ids)
        {
            if (routeParameter != "id")
            {
                // "attemptId" under /quizzes/ is a quiz attempt and under /scorm/ a SCORM attempt: the path's resources qualify a name
                // that several kinds end with.
                var named = RealIds.KindFromName(routeParameter);
                var qualified = Endpoint.RoutePattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Reverse()
                    .Select(l => RealIds.Canonical(RealIds.KindFromSegment(l.Content)) + named)
                    .FirstOrDefault(k => k != named && ids.IsKnownKind(k));
                return qualified ?? named;
            }
            // "id" names the resource of the literal segment before it: /regions/{id} is a region.
            var segments = Endpoint.RoutePattern.PathSegments;
            var index = segments.ToList().FindIndex(s => s.Parts.Any(p => p is RoutePatternParameterPart { Name: "id" }));
            var literal = segments.Take(index).Reverse().SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().FirstOrDefault()?.Content ?? "";
            return RealIds.KindFromSegment(literal);
        }

        public static Operation From(RouteEndpoint endpoint, string method)
        {
            var op = new Operation { Endpoint = endpoint, Method = method };
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            foreach (var p in handler?.GetParameters() ?? [])
            {
                var type = p.ParameterType;
                if (IsService(type)) continue;
                if (type == typeof(IFormFile)) { op.Form ??= typeof(object); op.FileParameter = p.Name; continue; }
                if (p.GetCustomAttribute<FromFormAttribute>() is not null) { op.Form = type; continue; }
                if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
                {
                    foreach (var property in type.GetProperties())
                        op.Query.Add((property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name), property.PropertyType));
                    continue;
                }
                if (routeNames.Contains(p.Name!))
                {
                    if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(Guid)) op.GuidRouteParameters.Add(p.Name!);
                    else op.RouteStrings.Add(p.Name!);
                    continue;
                }
                if (IsSimple(type)) op.Query.Add((p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!, type));
                else op.Body = type;
            }
            return op;
        }

        private static bool IsService(Type type) =>
            (type.IsInterface && type != typeof(IFormFile)) || type == typeof(CancellationToken) || type == typeof(HttpContext) || type == typeof(HttpRequest)
            || type == typeof(HttpResponse) || type == typeof(System.Security.Claims.ClaimsPrincipal);

        public override string ToString() => $"{Method} {Endpoint.RoutePattern.RawText}";
    }
}
