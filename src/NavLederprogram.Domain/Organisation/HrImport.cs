using System.Text.Json;
using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

/// <summary>
/// An accepted HR file. Its checked rows are kept in the database, not in the memory of the node that received it,
/// so that the import job can write them on any node; the counts tell the sender how far it has come.
/// </summary>
public class HrImport : AuditedAggregateRoot
{
    private static readonly JsonSerializerOptions RowJson = new(JsonSerializerDefaults.Web);

    /// <summary>The user id, or the client id of an integration, that sent the file: only they follow the import.</summary>
    public string Submitter { get; private set; } = "";
    public HrImportState State { get; private set; }
    public int TotalRows { get; private set; }
    public int ValidRows { get; private set; }
    public int ToCreate { get; private set; }
    public int ToUpdate { get; private set; }
    public int RowsDone { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public string? Failure { get; private set; }
    public DateTime? FinishedTime { get; private set; }
    /// <summary>The checked rows as JSON; emptied once the import has finished.</summary>
    public string Rows { get; private set; } = "";

    private HrImport() { }

    public HrImport(Guid id, string submitter, int totalRows, int toCreate, int toUpdate, IReadOnlyList<HrImportRow> rows) : base(id)
    {
        Submitter = submitter;
        State = HrImportState.Queued;
        TotalRows = totalRows;
        ValidRows = rows.Count;
        ToCreate = toCreate;
        ToUpdate = toUpdate;
        Rows = JsonSerializer.Serialize(rows, RowJson);
        AddDomainEvent(new HrImportQueued(id));
    }

    public bool IsFinished => State is HrImportState.Completed or HrImportState.Failed;

    public IReadOnlyList<HrImportRow> ReadRows() => Rows.Length == 0 ? [] : JsonSerializer.Deserialize<List<HrImportRow>>(Rows, RowJson)!;

    /// <summary>A run that was cut off (a node stopped) starts again from the first row: rows already written are then unchanged.</summary>
    public void Start()
    {
        State = HrImportState.Running;
        RowsDone = Created = Updated = Unchanged = 0;
    }

    public void Complete(DateTime now)
    {
        State = HrImportState.Completed;
        FinishedTime = now;
        Rows = "";
    }

    public void Fail(string reason, DateTime now)
    {
        State = HrImportState.Failed;
        Failure = reason.Length > OrganisationConsts.MaxImportFailureLength ? reason[..OrganisationConsts.MaxImportFailureLength] : reason;
        FinishedTime = now;
        Rows = "";
    }
}
