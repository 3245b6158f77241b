using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>Lederprogrammet: the one joint KS–NAV programme. Its content lives in versions.</summary>
public class Programme : AuditedAggregateRoot
{
    public TranslatedText Name { get; private set; } = TranslatedText.Empty;
    public TranslatedText Description { get; private set; } = TranslatedText.Empty;

    private Programme() { }

    public Programme(Guid id, TranslatedText name, TranslatedText description) : base(id)
    {
        Name = name;
        Description = description;
    }
}

/// <summary>What a module of a version contains. Ids are kept across edits and copied into later versions.</summary>
public sealed record ModuleContent(
    TranslatedText Title,
    TranslatedText Description,
    IReadOnlyList<TranslatedText> LearningOutcomes,
    string? CourseReference,
    IReadOnlyList<GatheringContent> Gatherings,
    IReadOnlyList<AssignmentContent> Assignments,
    IReadOnlyList<ReflectionContent> ReflectionTasks,
    IReadOnlyList<GrantContent> Grants);

public sealed record GatheringContent(Guid? Id, TranslatedText Title, GatheringFormat Format, int DurationMinutes);

public sealed record AssignmentContent(Guid? Id, TranslatedText Title, TranslatedText Instructions, int DueDaysAfterUnlock);

public sealed record ReflectionContent(Guid? Id, TranslatedText Prompt);

public sealed record GrantContent(Guid CompetenceAreaId, int Level, int? ValidMonths);

/// <summary>
/// A version of the programme. A draft is edited freely; any edit withdraws the approvals given so far. It is
/// published when both KS and the directorate have approved it, by two different people, and is never changed again.
/// </summary>
public class ProgrammeVersion : AuditedAggregateRoot
{
    private List<ProgrammeModule> _modules = [];
    private readonly List<VersionApproval> _approvals = [];
    private readonly List<VersionHistoryEntry> _history = [];

    public Guid ProgrammeId { get; private set; }
    public int Number { get; private set; }
    public TranslatedText Name { get; private set; } = TranslatedText.Empty;
    public TranslatedText Description { get; private set; } = TranslatedText.Empty;
    public ProgrammeVersionStatus Status { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    /// <summary>In their order.</summary>
    public IReadOnlyList<ProgrammeModule> Modules => _modules;
    public IReadOnlyList<VersionApproval> Approvals => _approvals;
    public IReadOnlyList<VersionHistoryEntry> History => _history;

    private ProgrammeVersion() { }

    public ProgrammeVersion(Guid id, Guid programmeId, int number, TranslatedText name, TranslatedText description, Actor by, DateTime now) : base(id)
    {
        ProgrammeId = programmeId;
        Number = number;
        Name = name;
        Description = description;
        Status = ProgrammeVersionStatus.Draft;
        _history.Add(new VersionHistoryEntry(VersionHistoryAction.Created, null, by, now));
    }

    /// <summary>A new draft that starts from this version's modules, keeping their ids so that reports can follow a module across versions.</summary>
    public ProgrammeVersion CopyAsDraft(Guid id, int number, Actor by, DateTime now)
    {
        var draft = new ProgrammeVersion(id, ProgrammeId, number, Name, Description, by, now);
        foreach (var module in Modules) draft._modules.Add(module.Copy());
        return draft;
    }

    public ProgrammeModule GetModule(Guid moduleId) =>
        _modules.FirstOrDefault(m => m.Id == moduleId) ?? throw new BusinessException(NavLederprogramErrorCodes.ModuleNotFound) { Field = "moduleId" };

    public void ChangeDetails(TranslatedText name, TranslatedText description, Actor by, DateTime now)
    {
        EnsureDraft();
        Name = name;
        Description = description;
        Edited(by, now);
    }

    public ProgrammeModule AddModule(ModuleContent content, Actor by, DateTime now)
    {
        EnsureDraft();
        var module = new ProgrammeModule(Guid.CreateVersion7(), _modules.Count + 1, content);
        _modules.Add(module);
        Edited(by, now);
        return module;
    }

    public void ChangeModule(Guid moduleId, ModuleContent content, Actor by, DateTime now)
    {
        EnsureDraft();
        GetModule(moduleId).Change(content);
        Edited(by, now);
    }

    public void RemoveModule(Guid moduleId, Actor by, DateTime now)
    {
        EnsureDraft();
        _modules.Remove(GetModule(moduleId));
        Renumber(_modules.ToList());
        Edited(by, now);
    }

    /// <summary>Moves a module to a new place (1-based) in the order.</summary>
    public void MoveModule(Guid moduleId, int position, Actor by, DateTime now)
    {
        EnsureDraft();
        var ordered = Modules.ToList();
        var module = GetModule(moduleId);
        ordered.Remove(module);
        ordered.Insert(Math.Clamp(position, 1, ordered.Count + 1) - 1, module);
        Renumber(ordered);
        Edited(by, now);
    }

    public bool IsApprovedBy(ApprovalParty party) => _approvals.Any(a => a.Party == party);

    /// <summary>One party approves. The second approval, from the other party and another person, publishes the version.</summary>
    public void Approve(ApprovalParty party, Actor by, DateTime now)
    {
        EnsureDraft();
        if (_modules.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.VersionNeedsModules) { IsConflict = true };
        if (IsApprovedBy(party)) throw new BusinessException(NavLederprogramErrorCodes.VersionAlreadyApproved) { IsConflict = true };
        if (_approvals.Any(a => a.ApprovedBy.UserId == by.UserId)) throw new BusinessException(NavLederprogramErrorCodes.VersionSameApprover) { IsConflict = true };
        _approvals.Add(new VersionApproval(party, by, now));
        _history.Add(new VersionHistoryEntry(VersionHistoryAction.Approved, party, by, now));
        if (IsApprovedBy(ApprovalParty.Ks) && IsApprovedBy(ApprovalParty.Directorate))
        {
            Status = ProgrammeVersionStatus.Published;
            PublishedAt = now;
            _history.Add(new VersionHistoryEntry(VersionHistoryAction.Published, null, by, now));
            AddDomainEvent(new ProgrammeVersionPublished(Id));
        }
        else AddDomainEvent(new ProgrammeVersionAwaitsApproval(Id, party == ApprovalParty.Ks ? ApprovalParty.Directorate : ApprovalParty.Ks));
    }

    private void Edited(Actor by, DateTime now)
    {
        if (_approvals.Count > 0)
        {
            _approvals.Clear();
            _history.Add(new VersionHistoryEntry(VersionHistoryAction.ApprovalsReset, null, by, now));
        }
        else if (_history.LastOrDefault() is { Action: VersionHistoryAction.Edited } last && last.By.UserId == by.UserId && now - last.At < TimeSpan.FromHours(1))
            return; // A session of edits by one person is one line in the history.
        _history.Add(new VersionHistoryEntry(VersionHistoryAction.Edited, null, by, now));
    }

    private void EnsureDraft()
    {
        if (Status != ProgrammeVersionStatus.Draft) throw new BusinessException(NavLederprogramErrorCodes.VersionNotDraft) { IsConflict = true };
    }

    private void Renumber(List<ProgrammeModule> ordered)
    {
        var order = 1;
        foreach (var module in ordered) module.Order = order++;
        _modules.Clear();
        _modules.AddRange(ordered);
    }
}

/// <summary>Who did something, with the name as it was then, so the history reads the same after people leave.</summary>
public sealed record Actor(Guid UserId, string Name);

public class VersionApproval
{
    public ApprovalParty Party { get; private set; }
    public Actor ApprovedBy { get; private set; } = null!;
    public DateTime ApprovedAt { get; private set; }

    private VersionApproval() { }

    internal VersionApproval(ApprovalParty party, Actor by, DateTime at)
    {
        Party = party;
        // A copy of its own: EF keeps each owned value with one owner.
        ApprovedBy = by with { };
        ApprovedAt = at;
    }
}

public class VersionHistoryEntry
{
    public VersionHistoryAction Action { get; private set; }
    public ApprovalParty? Party { get; private set; }
    public Actor By { get; private set; } = null!;
    public DateTime At { get; private set; }

    private VersionHistoryEntry() { }

    internal VersionHistoryEntry(VersionHistoryAction action, ApprovalParty? party, Actor by, DateTime at)
    {
        Action = action;
        Party = party;
        By = by with { };
        At = at;
    }
}

public class ProgrammeModule
{
    public Guid Id { get; private set; }
    public int Order { get; internal set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public TranslatedText Description { get; private set; } = TranslatedText.Empty;
    public List<TranslatedText> LearningOutcomes { get; private set; } = [];
    /// <summary>An e-learning course by reference; optional until the e-learning catalogue exists.</summary>
    public string? CourseReference { get; private set; }
    public List<ModuleGathering> Gatherings { get; private set; } = [];
    public List<ModuleAssignment> Assignments { get; private set; } = [];
    public List<ModuleReflectionTask> ReflectionTasks { get; private set; } = [];
    public List<ModuleCompetenceGrant> Grants { get; private set; } = [];

    private ProgrammeModule() { }

    internal ProgrammeModule(Guid id, int order, ModuleContent content)
    {
        Id = id;
        Order = order;
        Change(content);
    }

    internal void Change(ModuleContent content)
    {
        Title = content.Title;
        Description = content.Description;
        LearningOutcomes = [.. content.LearningOutcomes];
        CourseReference = string.IsNullOrWhiteSpace(content.CourseReference) ? null : content.CourseReference;
        Gatherings = content.Gatherings.Select(g => new ModuleGathering(g.Id ?? Guid.CreateVersion7(), g.Title, g.Format, g.DurationMinutes)).ToList();
        Assignments = content.Assignments.Select(a => new ModuleAssignment(a.Id ?? Guid.CreateVersion7(), a.Title, a.Instructions, a.DueDaysAfterUnlock)).ToList();
        ReflectionTasks = content.ReflectionTasks.Select(r => new ModuleReflectionTask(r.Id ?? Guid.CreateVersion7(), r.Prompt)).ToList();
        Grants = content.Grants.Select(g => new ModuleCompetenceGrant(g.CompetenceAreaId, g.Level, g.ValidMonths)).ToList();
    }

    internal ProgrammeModule Copy() => new(Id, Order, Content);

    public ModuleContent Content => new(Title, Description, LearningOutcomes, CourseReference,
        Gatherings.Select(g => new GatheringContent(g.Id, g.Title, g.Format, g.DurationMinutes)).ToList(),
        Assignments.Select(a => new AssignmentContent(a.Id, a.Title, a.Instructions, a.DueDaysAfterUnlock)).ToList(),
        ReflectionTasks.Select(r => new ReflectionContent(r.Id, r.Prompt)).ToList(),
        Grants.Select(g => new GrantContent(g.CompetenceAreaId, g.Level, g.ValidMonths)).ToList());
}

public class ModuleGathering
{
    public Guid Id { get; private set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public GatheringFormat Format { get; private set; }
    public int DurationMinutes { get; private set; }

    private ModuleGathering() { }

    internal ModuleGathering(Guid id, TranslatedText title, GatheringFormat format, int durationMinutes)
    {
        Id = id;
        Title = title;
        Format = format;
        DurationMinutes = durationMinutes;
    }
}

public class ModuleAssignment
{
    public Guid Id { get; private set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public TranslatedText Instructions { get; private set; } = TranslatedText.Empty;
    /// <summary>Days after the module unlocks that the assignment is due, unless a cohort sets its own deadline.</summary>
    public int DueDaysAfterUnlock { get; private set; }

    private ModuleAssignment() { }

    internal ModuleAssignment(Guid id, TranslatedText title, TranslatedText instructions, int dueDaysAfterUnlock)
    {
        Id = id;
        Title = title;
        Instructions = instructions;
        DueDaysAfterUnlock = dueDaysAfterUnlock;
    }
}

public class ModuleReflectionTask
{
    public Guid Id { get; private set; }
    public TranslatedText Prompt { get; private set; } = TranslatedText.Empty;

    private ModuleReflectionTask() { }

    internal ModuleReflectionTask(Guid id, TranslatedText prompt)
    {
        Id = id;
        Prompt = prompt;
    }
}

public class ModuleCompetenceGrant
{
    public Guid CompetenceAreaId { get; private set; }
    public int Level { get; private set; }
    public int? ValidMonths { get; private set; }

    private ModuleCompetenceGrant() { }

    internal ModuleCompetenceGrant(Guid competenceAreaId, int level, int? validMonths)
    {
        CompetenceAreaId = competenceAreaId;
        Level = level;
        ValidMonths = validMonths;
    }
}

public sealed record ProgrammeVersionPublished(Guid VersionId) : NavLederprogram.Events.IDomainEvent;

public sealed record ProgrammeVersionAwaitsApproval(Guid VersionId, ApprovalParty From) : NavLederprogram.Events.IDomainEvent;
