using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using static NavLederprogram.BareHost.Database;

namespace NavLederprogram.BareHost;

/// <summary>The five key reads: SQL written by hand for the data each needs, JSON in the app's shape (bokmål).</summary>
public sealed class KeyReads(Database db, Texts texts)
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private static string Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, Oslo)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<bool> OfficesAsync(Utf8JsonWriter w, int skip, int take, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var count = Command(connection, "SELECT COUNT(*) FROM \"OrgOffices\" WHERE NOT \"IsDeleted\"");
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await using var page = Command(connection, """
            SELECT o."Id", o."Name", o."RegionId", r."Name", o."LeadershipModel", o."Size", o."ConcurrencyStamp", m."Id", m."Name"
            FROM (SELECT * FROM "OrgOffices" WHERE NOT "IsDeleted" ORDER BY "Name" LIMIT @take OFFSET @skip) o
            JOIN "OrgRegions" r ON r."Id" = o."RegionId"
            LEFT JOIN "OrgOfficeMunicipalities" om ON om."OfficeId" = o."Id"
            LEFT JOIN "OrgMunicipalities" m ON m."Id" = om."MunicipalityId"
            ORDER BY o."Name", o."Id"
            """, ("@take", take), ("@skip", skip));
        await using var r = await page.ExecuteReaderAsync(ct);
        w.WriteStartObject();
        w.WriteNumber("totalCount", total);
        w.WriteStartArray("items");
        var rows = new List<(Guid Id, string Name, Guid RegionId, string RegionName, string Model, int Size, string Stamp,
            List<(Guid, string)> Municipalities)>();
        while (await r.ReadAsync(ct))
        {
            var id = Guid(r, 0);
            if (rows.Count == 0 || rows[^1].Id != id)
                rows.Add((id, r.GetString(1), Guid(r, 2), r.GetString(3), r.GetString(4), Int(r, 5), r.GetString(6), []));
            if (!r.IsDBNull(7)) rows[^1].Municipalities.Add((Guid(r, 7), r.GetString(8)));
        }
        foreach (var o in rows)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            w.WriteString("name", o.Name);
            w.WriteString("regionId", o.RegionId);
            w.WriteString("regionName", o.RegionName);
            w.WriteString("leadershipModel", o.Model);
            w.WriteNumber("size", o.Size);
            w.WriteStartArray("municipalityIds");
            foreach (var (id, _) in o.Municipalities) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteStartArray("municipalities");
            foreach (var (id, name) in o.Municipalities)
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", name);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("concurrencyStamp", o.Stamp);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        return true;
    }

    public async Task<bool> PersonAsync(Utf8JsonWriter w, Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Command(connection, """
            SELECT p."Id", p."EmployeeNumber", p."FirstName", p."LastName", p."Email", p."Employer", p."OfficeId", o."Name", p."UserId",
                   p."ConcurrencyStamp", pj."JobRoleId", j."Code", pj."StartDate"
            FROM "OrgPeople" p
            JOIN "OrgOffices" o ON o."Id" = p."OfficeId"
            LEFT JOIN "OrgPersonJobRoles" pj ON pj."PersonId" = p."Id"
            LEFT JOIN "OrgJobRoles" j ON j."Id" = pj."JobRoleId"
            WHERE p."Id" = @id AND NOT p."IsDeleted"
            """, ("@id", db.Key(id)));
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return false;
        w.WriteStartObject();
        w.WriteString("id", Guid(r, 0));
        w.WriteString("employeeNumber", r.GetString(1));
        w.WriteString("firstName", r.GetString(2));
        w.WriteString("lastName", r.GetString(3));
        w.WriteString("email", r.GetString(4));
        w.WriteString("employer", r.GetString(5));
        w.WriteString("officeId", Guid(r, 6));
        w.WriteString("officeName", r.GetString(7));
        var userId = NullableGuid(r, 8);
        var stamp = r.GetString(9);
        w.WriteStartArray("jobRoles");
        do
        {
            if (r.IsDBNull(10)) continue;
            w.WriteStartObject();
            w.WriteString("jobRoleId", Guid(r, 10));
            w.WriteString("jobRoleCode", r.GetString(11));
            w.WriteString("jobRoleName", texts["JobRole:" + r.GetString(11)]);
            w.WriteString("startDate", Date(r, 12));
            w.WriteEndObject();
        } while (await r.ReadAsync(ct));
        w.WriteEndArray();
        if (userId is null) w.WriteNull("userId");
        else w.WriteString("userId", userId.Value);
        w.WriteString("concurrencyStamp", stamp);
        w.WriteEndObject();
        return true;
    }

    private sealed record Requirement(Guid Id, Guid AreaId, string AreaCode, string AreaName, string CategoryName, Guid JobRoleId, string JobRoleCode,
        bool IsMandatory, int RequiredLevel, string? RequiredLevelName, int? CurrentLevel, string? CurrentLevelName, CompetenceStatus Status,
        string? Deadline, string? ValidUntil);

    public async Task<bool> MyProfileAsync(Utf8JsonWriter w, Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var personCommand = Command(connection, """
            SELECT p."Id", p."FirstName", p."LastName", p."OfficeId", o."Name"
            FROM "OrgPeople" p JOIN "OrgOffices" o ON o."Id" = p."OfficeId"
            WHERE p."UserId" = @user AND NOT p."IsDeleted"
            """, ("@user", db.Key(userId)));
        Guid personId, officeId;
        string personName, officeName;
        await using (var r = await personCommand.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return false;
            (personId, personName, officeId, officeName) = (Guid(r, 0), $"{r.GetString(1)} {r.GetString(2)}", Guid(r, 3), r.GetString(4));
        }

        var requirements = new List<Requirement>();
        await using (var command = Command(connection, """
            SELECT s."RequirementId", s."CompetenceAreaId", a."Code", a."NameNb", c."NameNb", s."JobRoleId", j."Code", s."IsMandatory",
                   s."RequiredLevel", rl."NameNb", s."CurrentLevel", cl."NameNb", s."Status", s."Deadline", s."ValidUntil"
            FROM "CompPersonStatuses" s
            JOIN "CompAreas" a ON a."Id" = s."CompetenceAreaId"
            JOIN "CompCategories" c ON c."Id" = a."CategoryId"
            JOIN "OrgJobRoles" j ON j."Id" = s."JobRoleId"
            LEFT JOIN "CompScaleLevels" rl ON rl."ScaleId" = a."ScaleId" AND rl."Level" = s."RequiredLevel"
            LEFT JOIN "CompScaleLevels" cl ON cl."ScaleId" = a."ScaleId" AND cl."Level" = s."CurrentLevel"
            WHERE s."PersonId" = @person
            ORDER BY c."NameNb", a."NameNb"
            """, ("@person", db.Key(personId))))
        await using (var r = await command.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                requirements.Add(new Requirement(Guid(r, 0), Guid(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), Guid(r, 5), r.GetString(6),
                    Bool(r, 7), Int(r, 8), Text(r, 9), r.IsDBNull(10) ? null : Int(r, 10), Text(r, 11), (CompetenceStatus)Int(r, 12),
                    Date(r, 13), Date(r, 14)));

        w.WriteStartObject();
        w.WriteString("personId", personId);
        w.WriteString("personName", personName);
        w.WriteString("officeId", officeId);
        w.WriteString("officeName", officeName);
        w.WriteStartObject("summary");
        w.WriteNumber("total", requirements.Count);
        foreach (var status in System.Enum.GetValues<CompetenceStatus>())
            w.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(status.ToString()), requirements.Count(x => x.Status == status));
        var covered = requirements.Count(x => x.Status is CompetenceStatus.Met or CompetenceStatus.ExpiringSoon);
        w.WriteNumber("coverage", requirements.Count == 0 ? 0 : (double)covered / requirements.Count);
        w.WriteEndObject();
        w.WriteStartArray("next");
        foreach (var x in requirements.Where(x => x.Status != CompetenceStatus.Met)
            .OrderBy(x => x.Status switch
            {
                CompetenceStatus.Overdue => 0,
                CompetenceStatus.Expired => 1,
                CompetenceStatus.MissingWithinDeadline => 2,
                _ => 3,
            })
            .ThenBy(x => !x.IsMandatory)
            .ThenBy(x => x.Status == CompetenceStatus.ExpiringSoon ? x.ValidUntil : x.Deadline, StringComparer.Ordinal)
            .Take(5))
            WriteRequirement(w, x);
        w.WriteEndArray();
        w.WriteStartArray("requirements");
        foreach (var x in requirements) WriteRequirement(w, x);
        w.WriteEndArray();

        await using (var command = Command(connection, """
            SELECT e."Id", e."CompetenceAreaId", a."NameNb", e."Level", l."NameNb", e."Source", e."Title", e."AchievedOn", e."ValidUntil", e."State",
                   e."RejectionReason", e."DecidedAt", e."HasDocument", e."CreationTime"
            FROM "CompEvidence" e
            JOIN "CompAreas" a ON a."Id" = e."CompetenceAreaId"
            LEFT JOIN "CompScaleLevels" l ON l."ScaleId" = a."ScaleId" AND l."Level" = e."Level"
            WHERE e."PersonId" = @person AND NOT e."IsDeleted"
            ORDER BY e."AchievedOn" DESC, e."CreationTime" DESC
            """, ("@person", db.Key(personId))))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            w.WriteStartArray("evidence");
            while (await r.ReadAsync(ct))
            {
                w.WriteStartObject();
                w.WriteString("id", Guid(r, 0));
                w.WriteString("personId", personId);
                w.WriteString("competenceAreaId", Guid(r, 1));
                w.WriteString("competenceAreaName", r.GetString(2));
                w.WriteNumber("level", Int(r, 3));
                w.WriteString("levelName", Text(r, 4));
                w.WriteString("source", r.GetString(5));
                w.WriteString("title", r.GetString(6));
                w.WriteString("achievedOn", Date(r, 7));
                w.WriteString("validUntil", Date(r, 8));
                w.WriteString("state", r.GetString(9));
                w.WriteString("rejectionReason", Text(r, 10));
                WriteTime(w, "decidedAt", Time(r, 11));
                w.WriteBoolean("hasDocument", Bool(r, 12));
                WriteTime(w, "submittedAt", Time(r, 13));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteNull("noPerson");
        w.WriteEndObject();
        return true;
    }

    private void WriteRequirement(Utf8JsonWriter w, Requirement x)
    {
        w.WriteStartObject();
        w.WriteString("requirementId", x.Id);
        w.WriteString("competenceAreaId", x.AreaId);
        w.WriteString("competenceAreaCode", x.AreaCode);
        w.WriteString("competenceAreaName", x.AreaName);
        w.WriteString("categoryName", x.CategoryName);
        w.WriteString("jobRoleId", x.JobRoleId);
        w.WriteString("jobRoleName", texts["JobRole:" + x.JobRoleCode]);
        w.WriteBoolean("isMandatory", x.IsMandatory);
        w.WriteNumber("requiredLevel", x.RequiredLevel);
        w.WriteString("requiredLevelName", x.RequiredLevelName);
        if (x.CurrentLevel is { } level) w.WriteNumber("currentLevel", level);
        else w.WriteNull("currentLevel");
        w.WriteString("currentLevelName", x.CurrentLevelName);
        w.WriteString("status", x.Status.ToString());
        w.WriteString("deadline", x.Deadline);
        w.WriteString("validUntil", x.ValidUntil);
        w.WriteEndObject();
    }

    public async Task<bool> MyProgrammeAsync(Utf8JsonWriter w, Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Command(connection, """
            SELECT e."Id", e."Status", e."Modules", e."Submissions", e."Attendance", e."CohortId", c."Name", c."Status", c."StartsOn", c."EndsOn",
                   c."Sessions", c."ModuleUnlocks", c."Deadlines", v."Name", v."Modules", p."Id"
            FROM "OrgPeople" p
            JOIN "ProgEnrolments" e ON e."PersonId" = p."Id" AND NOT e."IsDeleted"
            JOIN "ProgCohorts" c ON c."Id" = e."CohortId"
            JOIN "ProgVersions" v ON v."Id" = c."ProgrammeVersionId"
            WHERE p."UserId" = @user AND NOT p."IsDeleted"
            ORDER BY e."RequestedAt" DESC
            """, ("@user", db.Key(userId)));
        var enrolments = new List<object?[]>();
        await using (var r = await command.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var row = new object?[16];
                for (var i = 0; i < 16; i++)
                    row[i] = i switch
                    {
                        8 or 9 => Date(r, i),
                        0 or 5 or 15 => Guid(r, i),
                        1 => Enum<EnrolmentStatus>(r, i),
                        7 => Enum<CohortStatus>(r, i),
                        _ => r.IsDBNull(i) ? null : r.GetValue(i),
                    };
                enrolments.Add(row);
            }
        // The stored (encrypted) form: this baseline measures the reads; the real host also decrypts with the author's key.
        var notes = new Dictionary<(Guid, Guid), (string Text, DateTime? At)>();
        if (enrolments.Count > 0)
        {
            await using var notesCommand = Command(connection, """
                SELECT "EnrolmentId", "ReflectionTaskId", "ProtectedText", "LastModificationTime", "CreationTime"
                FROM "ProgReflectionNotes" WHERE "AuthorPersonId" = @person AND NOT "IsDeleted"
                """, ("@person", db.Key((Guid)enrolments[0][15]!)));
            await using var r = await notesCommand.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) notes[(Guid(r, 0), Guid(r, 1))] = (r.GetString(2), Time(r, 3) ?? Time(r, 4));
        }

        var today = Today;
        var now = DateTime.UtcNow;
        w.WriteStartObject();
        w.WriteStartArray("cohorts");
        foreach (var e in enrolments)
        {
            var enrolmentId = (Guid)e[0]!;
            using var progress = JsonDocument.Parse((string?)e[2] ?? "[]");
            using var submissions = JsonDocument.Parse((string?)e[3] ?? "[]");
            using var attendance = JsonDocument.Parse((string?)e[4] ?? "[]");
            using var sessions = JsonDocument.Parse((string?)e[10] ?? "[]");
            using var unlocks = JsonDocument.Parse((string?)e[11] ?? "[]");
            using var deadlines = JsonDocument.Parse((string?)e[12] ?? "[]");
            using var modules = JsonDocument.Parse((string?)e[14] ?? "[]");
            JsonElement? Find(JsonDocument doc, string key, Guid id) =>
                doc.RootElement.EnumerateArray().Where(x => x.GetProperty(key).GetGuid() == id).Select(x => (JsonElement?)x).FirstOrDefault();

            w.WriteStartObject();
            w.WriteString("enrolmentId", enrolmentId);
            w.WriteString("cohortId", (Guid)e[5]!);
            w.WriteString("cohortName", (string)e[6]!);
            WriteText(w, "versionName", (string)e[13]!);
            w.WriteString("cohortStatus", (string)e[7]!);
            w.WriteString("cohortStatusName", texts["Enum:CohortStatus." + e[7]]);
            w.WriteString("startsOn", (string)e[8]!);
            w.WriteString("endsOn", (string)e[9]!);
            w.WriteString("status", (string)e[1]!);
            w.WriteString("statusName", texts["Enum:EnrolmentStatus." + e[1]]);
            w.WriteNull("waitlistPosition");
            w.WriteNumber("modulesCompleted",
                progress.RootElement.EnumerateArray().Count(p => p.GetProperty("CompletedOn").ValueKind == JsonValueKind.String));
            w.WriteStartArray("modules");
            foreach (var module in modules.RootElement.EnumerateArray())
            {
                var moduleId = module.GetProperty("Id").GetGuid();
                var done = Find(progress, "ModuleId", moduleId);
                var unlocksOn = Find(unlocks, "ModuleId", moduleId)?.GetProperty("UnlocksOn").GetString();
                w.WriteStartObject();
                w.WriteString("moduleId", moduleId);
                w.WriteNumber("order", module.GetProperty("Order").GetInt32());
                WriteText(w, "title", module.GetProperty("Title"));
                WriteText(w, "description", module.GetProperty("Description"));
                w.WriteStartArray("learningOutcomes");
                foreach (var outcome in module.GetProperty("LearningOutcomes").EnumerateArray()) WriteText(w, null, outcome);
                w.WriteEndArray();
                var course = module.GetProperty("CourseReference");
                w.WriteString("courseReference", course.GetString());
                w.WriteString("unlocksOn", unlocksOn);
                w.WriteBoolean("unlocked", unlocksOn is not null && string.CompareOrdinal(unlocksOn, today) <= 0);
                w.WriteBoolean("eLearningDone",
                    course.ValueKind == JsonValueKind.Null || done?.GetProperty("ELearningDoneAt").ValueKind == JsonValueKind.String);
                w.WriteString("completedOn", done?.GetProperty("CompletedOn").GetString());
                w.WriteStartArray("sessions");
                foreach (var session in sessions.RootElement.EnumerateArray().Where(s => s.GetProperty("ModuleId").GetGuid() == moduleId))
                {
                    w.WriteStartObject();
                    WriteSession(w, "session", session, module);
                    var present = Find(attendance, "SessionId", session.GetProperty("Id").GetGuid());
                    if (present is { } p) w.WriteBoolean("present", p.GetProperty("Present").GetBoolean());
                    else w.WriteNull("present");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("assignments");
                foreach (var assignment in module.GetProperty("Assignments").EnumerateArray())
                {
                    var assignmentId = assignment.GetProperty("Id").GetGuid();
                    var submission = Find(submissions, "AssignmentId", assignmentId);
                    w.WriteStartObject();
                    w.WriteString("assignmentId", assignmentId);
                    WriteText(w, "title", assignment.GetProperty("Title"));
                    WriteText(w, "instructions", assignment.GetProperty("Instructions"));
                    w.WriteString("dueOn", Find(deadlines, "AssignmentId", assignmentId)?.GetProperty("DueOn").GetString());
                    if (submission is { } s)
                    {
                        var status = ((AssignmentStatus)s.GetProperty("Status").GetInt32()).ToString();
                        w.WriteString("status", status);
                        w.WriteString("statusName", texts["Enum:AssignmentStatus." + status]);
                        w.WriteString("answer", s.GetProperty("Answer").GetString());
                        WriteTime(w, "submittedAt", Utc(s.GetProperty("SubmittedAt").GetString()));
                        w.WriteString("feedback", s.GetProperty("Feedback").GetString());
                        w.WriteString("reviewedBy",
                            s.GetProperty("ReviewedBy") is { ValueKind: JsonValueKind.Object } by ? by.GetProperty("Name").GetString() : null);
                    }
                    else
                        foreach (var name in new[] { "status", "statusName", "answer", "submittedAt", "feedback", "reviewedBy" }) w.WriteNull(name);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("reflections");
                foreach (var task in module.GetProperty("ReflectionTasks").EnumerateArray())
                {
                    var taskId = task.GetProperty("Id").GetGuid();
                    var written = notes.TryGetValue((enrolmentId, taskId), out var note);
                    w.WriteStartObject();
                    w.WriteString("reflectionTaskId", taskId);
                    WriteText(w, "prompt", task.GetProperty("Prompt"));
                    w.WriteString("text", written ? note.Text : null);
                    WriteTime(w, "writtenAt", written ? note.At : null);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            var next = sessions.RootElement.EnumerateArray().Where(s => Utc(s.GetProperty("StartsAt").GetString()) > now)
                .OrderBy(s => Utc(s.GetProperty("StartsAt").GetString())).Select(s => (JsonElement?)s).FirstOrDefault();
            JsonElement ModuleOf(JsonElement row) =>
                modules.RootElement.EnumerateArray().First(m => m.GetProperty("Id").GetGuid() == row.GetProperty("ModuleId").GetGuid());
            if (next is { } n) WriteSession(w, "nextSession", n, ModuleOf(n));
            else w.WriteNull("nextSession");
            w.WriteStartArray("upcomingDeadlines");
            var upcoming = deadlines.RootElement.EnumerateArray().Where(d => string.CompareOrdinal(d.GetProperty("DueOn").GetString(), today) >= 0);
            foreach (var deadline in upcoming)
            {
                var module = ModuleOf(deadline);
                var assignmentId = deadline.GetProperty("AssignmentId").GetGuid();
                var assignment = module.GetProperty("Assignments").EnumerateArray().First(a => a.GetProperty("Id").GetGuid() == assignmentId);
                w.WriteStartObject();
                w.WriteString("assignmentId", assignment.GetProperty("Id").GetGuid());
                WriteText(w, "title", assignment.GetProperty("Title"));
                WriteText(w, "moduleTitle", module.GetProperty("Title"));
                w.WriteString("dueOn", deadline.GetProperty("DueOn").GetString());
                var submission = Find(submissions, "AssignmentId", assignment.GetProperty("Id").GetGuid());
                w.WriteString("status", submission is { } s ? ((AssignmentStatus)s.GetProperty("Status").GetInt32()).ToString() : null);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNull("certificateId");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNull("noPerson");
        w.WriteEndObject();
        return true;
    }

    private void WriteSession(Utf8JsonWriter w, string name, JsonElement session, JsonElement module)
    {
        var startsAt = Utc(session.GetProperty("StartsAt").GetString())!.Value;
        var minutes = session.GetProperty("DurationMinutes").GetInt32();
        var format = ((GatheringFormat)session.GetProperty("Format").GetInt32()).ToString();
        w.WriteStartObject(name);
        w.WriteString("id", session.GetProperty("Id").GetGuid());
        w.WriteString("moduleId", session.GetProperty("ModuleId").GetGuid());
        WriteText(w, "moduleTitle", module.GetProperty("Title"));
        WriteText(w, "title", session.GetProperty("Title"));
        w.WriteString("format", format);
        w.WriteString("formatName", texts["Enum:GatheringFormat." + format]);
        WriteTime(w, "startsAt", startsAt);
        WriteTime(w, "endsAt", startsAt.AddMinutes(minutes));
        w.WriteNumber("durationMinutes", minutes);
        w.WriteString("place", session.GetProperty("Place").GetString());
        w.WriteString("videoLink", session.GetProperty("VideoLink").GetString());
        w.WriteEndObject();
    }

    public async Task<bool> CohortsAsync(Utf8JsonWriter w, Guid userId, int skip, int take, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var count = Command(connection, "SELECT COUNT(*) FROM \"ProgCohorts\" WHERE NOT \"IsDeleted\"");
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        var mine = new Dictionary<Guid, (Guid Id, string Status)>();
        await using (var command = Command(connection, """
            SELECT e."CohortId", e."Id", e."Status"
            FROM "ProgEnrolments" e JOIN "OrgPeople" p ON p."Id" = e."PersonId"
            WHERE p."UserId" = @user AND NOT e."IsDeleted" AND e."Status" IN (1, 2, 3, 6)
            """, ("@user", db.Key(userId))))
        await using (var r = await command.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) mine[Guid(r, 0)] = (Guid(r, 1), Enum<EnrolmentStatus>(r, 2));

        await using var page = Command(connection, """
            SELECT c."Id", c."Name", c."ProgrammeVersionId", v."Name", c."RegionId", r."Name", c."Status", c."Capacity",
                   c."EnrolmentOpensOn", c."EnrolmentClosesOn", c."StartsOn", c."EndsOn",
                   (SELECT COUNT(*) FROM "ProgEnrolments" e WHERE e."CohortId" = c."Id" AND e."Status" IN (2, 6) AND NOT e."IsDeleted"),
                   (SELECT COUNT(*) FROM "ProgEnrolments" e WHERE e."CohortId" = c."Id" AND e."Status" = 3 AND NOT e."IsDeleted"),
                   (SELECT COUNT(*) FROM "ProgEnrolments" e WHERE e."CohortId" = c."Id" AND e."Status" = 1 AND NOT e."IsDeleted")
            FROM (SELECT * FROM "ProgCohorts" WHERE NOT "IsDeleted" ORDER BY "StartsOn", "Name" LIMIT @take OFFSET @skip) c
            JOIN "ProgVersions" v ON v."Id" = c."ProgrammeVersionId"
            LEFT JOIN "OrgRegions" r ON r."Id" = c."RegionId"
            ORDER BY c."StartsOn", c."Name"
            """, ("@take", take), ("@skip", skip));
        await using var reader = await page.ExecuteReaderAsync(ct);
        var today = Today;
        w.WriteStartObject();
        w.WriteNumber("totalCount", total);
        w.WriteStartArray("items");
        while (await reader.ReadAsync(ct))
        {
            var id = Guid(reader, 0);
            var status = Enum<CohortStatus>(reader, 6);
            var (opens, closes) = (Date(reader, 8)!, Date(reader, 9)!);
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", reader.GetString(1));
            w.WriteString("programmeVersionId", Guid(reader, 2));
            WriteText(w, "versionName", reader.GetString(3));
            var regionId = NullableGuid(reader, 4);
            if (regionId is null) w.WriteNull("regionId");
            else w.WriteString("regionId", regionId.Value);
            w.WriteString("regionName", Text(reader, 5));
            w.WriteString("status", status);
            w.WriteString("statusName", texts["Enum:CohortStatus." + status]);
            w.WriteNumber("capacity", Int(reader, 7));
            w.WriteNumber("enrolled", Int(reader, 12));
            w.WriteNumber("waitlisted", Int(reader, 13));
            w.WriteNumber("pending", Int(reader, 14));
            w.WriteString("enrolmentOpensOn", opens);
            w.WriteString("enrolmentClosesOn", closes);
            w.WriteString("startsOn", Date(reader, 10));
            w.WriteString("endsOn", Date(reader, 11));
            w.WriteBoolean("acceptsEnrolment", status == nameof(CohortStatus.EnrolmentOpen)
                && string.CompareOrdinal(opens, today) <= 0 && string.CompareOrdinal(today, closes) <= 0);
            if (mine.TryGetValue(id, out var my))
            {
                w.WriteStartObject("myEnrolment");
                w.WriteString("id", my.Id);
                w.WriteString("status", my.Status);
                w.WriteString("statusName", texts["Enum:EnrolmentStatus." + my.Status]);
                w.WriteNull("waitlistPosition");
                w.WriteEndObject();
            }
            else w.WriteNull("myEnrolment");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        return true;
    }

    /// <summary>A text of the programme in bokmål: stored as <c>{"Nb", "Nn", "En"}</c>, or as a plain string (bokmål).</summary>
    private static void WriteText(Utf8JsonWriter w, string? name, JsonElement text) =>
        WriteText(w, name, text.ValueKind == JsonValueKind.Object ? text.GetProperty("Nb").GetString()! : text.GetString()!);

    private static void WriteText(Utf8JsonWriter w, string? name, string text)
    {
        if (name is null) w.WriteStartObject();
        else w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteString("language", "nb");
        w.WriteBoolean("isFallback", false);
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTime? at)
    {
        if (at is { } value) w.WriteString(name, value);
        else w.WriteNull(name);
    }

    private static DateTime? Utc(string? text) =>
        text is null ? null : DateTime.SpecifyKind(
            DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
}
