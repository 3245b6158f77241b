import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { pageTestProviders } from '../testing/page-providers';
import { CompetenceApi, evidenceFormData, EvidenceUpload } from './competence-api';

const pdf = () => new File(['%PDF-1.4\n'], 'diplom.pdf', { type: 'application/pdf' });

const upload = (changes: Partial<EvidenceUpload> = {}): EvidenceUpload => ({
  competenceAreaId: 'a1',
  level: 3,
  title: '  Lederutdanning  ',
  achievedOn: '2026-05-01',
  validUntil: '',
  file: pdf(),
  ...changes,
});

describe('evidenceFormData', () => {
  it('holds every field the server reads, with the file under `file`', () => {
    const data = evidenceFormData(upload({ validUntil: '2029-05-01' }));
    expect(data.get('competenceAreaId')).toBe('a1');
    expect(data.get('level')).toBe('3');
    expect(data.get('title')).toBe('Lederutdanning');
    expect(data.get('achievedOn')).toBe('2026-05-01');
    expect(data.get('validUntil')).toBe('2029-05-01');
    const file = data.get('file') as File;
    expect(file.name).toBe('diplom.pdf');
    expect(file.size).toBe(9);
  });

  it('leaves out empty fields, so the server names them instead of failing to read the form', () => {
    const data = evidenceFormData(
      upload({ competenceAreaId: '', level: null, title: '   ', achievedOn: '', file: null }),
    );
    expect([...data.keys()]).toEqual([]);
  });
});

describe('CompetenceApi', () => {
  let api: CompetenceApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: pageTestProviders([]) });
    api = TestBed.inject(CompetenceApi);
    http = TestBed.inject(HttpTestingController);
  });

  it('uploads evidence as multipart form data and reports the progress', () => {
    const events: number[] = [];
    api.uploadEvidence(upload()).subscribe((event) => events.push(event.type));
    const request = http.expectOne((r) => r.url.endsWith('/api/competence/my-evidence'));
    expect(request.request.method).toBe('POST');
    expect(request.request.reportProgress).toBe(true);
    expect(request.request.body).toBeInstanceOf(FormData);
    expect((request.request.body as FormData).get('level')).toBe('3');
    request.event({ type: HttpEventType.UploadProgress, loaded: 5, total: 10 });
    request.flush({ id: 'e1', state: 'Pending' });
    expect(events).toContain(HttpEventType.UploadProgress);
    expect(events).toContain(HttpEventType.Response);
  });

  it('downloads the export as a file, with the filters and format as query parameters', () => {
    api
      .exportGaps({ regionId: 'r1', officeId: undefined, includeRecommended: true }, 'Csv')
      .subscribe();
    const request = http.expectOne((r) => r.url.endsWith('/api/competence/gaps/export'));
    expect(request.request.responseType).toBe('blob');
    expect(request.request.params.keys().sort()).toEqual([
      'format',
      'includeRecommended',
      'regionId',
    ]);
    expect(request.request.params.get('format')).toBe('Csv');
    expect(request.request.params.get('includeRecommended')).toBe('true');
    request.flush(new Blob(['a;b']));
  });

  it('downloads an evidence document as a blob', () => {
    api.evidenceDocument('e 1').subscribe();
    const request = http.expectOne((r) =>
      r.url.endsWith('/api/competence/evidence/e%201/document'),
    );
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF']));
  });
});
