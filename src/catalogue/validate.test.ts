import { expect } from '@open-wc/testing';
import { smallCatalogue } from '../../test/fixtures/catalogue.js';
import { CatalogueError } from './errors.js';
import { formatIssue } from './messages.js';
import { validateCatalogue } from './validate.js';

const errorsOf = (catalogue: ReturnType<typeof validateCatalogue>) =>
  catalogue.issues.filter((issue) => issue.severity === 'error');

describe('validateCatalogue', () => {
  it('loads a valid catalogue without any problem', () => {
    const catalogue = validateCatalogue(smallCatalogue());
    expect(catalogue.issues).to.deep.equal([]);
    expect(catalogue.services.map((service) => service.id)).to.deep.equal([
      'svc-pecovatelska',
      'svc-poradna',
      'svc-azyl',
      'svc-dluhy',
      'svc-klub',
    ]);
    expect(catalogue.organizationById.get('org-charita')?.name).to.equal('Oblastní charita Pokus');
    expect(catalogue.situations).to.have.length(1);
    expect(catalogue.ownCrisisLines.map((line) => line.id)).to.deep.equal(['line-112', 'line-seniori']);
    // The national lines join them; the catalogue's 112 and Linka seniorů replace the library's.
    expect(catalogue.crisisLines).to.have.length(10);
    expect(catalogue.crisisLines[0].id).to.equal('line-112');
  });

  it('drops a service without a name, reports where, and keeps the rest', () => {
    const data = smallCatalogue();
    delete (data.services[1] as { name?: string }).name;
    const catalogue = validateCatalogue(data);
    expect(catalogue.services.map((service) => service.id)).to.not.include('svc-poradna');
    expect(catalogue.services).to.have.length(4);
    const [issue] = errorsOf(catalogue);
    expect(issue).to.include({
      path: 'services[1].name',
      recordId: 'svc-poradna',
      code: 'required',
      effect: 'record-dropped',
    });
    expect(formatIssue(issue, 'en')).to.equal(
      'services[1].name (svc-poradna): a required field is missing; the record was skipped',
    );
    expect(formatIssue(issue, 'cs')).to.equal(
      'services[1].name (svc-poradna): chybí povinná položka; záznam byl vynechán',
    );
  });

  it('refuses links other than http(s), leaving out only the link', () => {
    const data = smallCatalogue();
    Object.assign(data.organizations[2], { url: 'javascript:alert(1)' });
    Object.assign(data.services[0], { url: 'data:text/html,<b>x</b>' });
    const catalogue = validateCatalogue(data);
    expect(errorsOf(catalogue).map((issue) => `${issue.path} ${issue.code} ${issue.effect}`)).to.deep.equal([
      'organizations[2].url url value-removed',
      'services[0].url url value-removed',
    ]);
    expect(catalogue.organizationById.get('org-spolek')?.url).to.equal(undefined);
    expect(catalogue.serviceById.get('svc-pecovatelska')?.url).to.equal(undefined);
    expect(catalogue.services).to.have.length(5);
  });

  it('leaves out one faulty phone or code of a list and keeps the rest of the record', () => {
    const data = smallCatalogue();
    data.services[0].phones = [{ number: '371-000-101' }, { number: '+420 371 000 102' }];
    (data.services[0] as { targetGroups: string[] }).targetGroups = [
      'seniori',
      'senioři',
      'osoby-se-zdravotnim-postizenim',
    ];
    Object.assign(data.services[0], { schedule: { hours: [{ days: ['mo'], opens: '8:00', closes: '12:00' }] } });
    const catalogue = validateCatalogue(data);
    const service = catalogue.serviceById.get('svc-pecovatelska')!;
    expect(service.phones).to.deep.equal([{ number: '+420 371 000 102' }]);
    expect(service.targetGroups).to.deep.equal(['seniori', 'osoby-se-zdravotnim-postizenim']);
    expect(service.schedule?.hours).to.deep.equal([]);
    expect(errorsOf(catalogue).map((issue) => `${issue.path} ${issue.effect}`)).to.have.members([
      'services[0].phones[0].number value-removed',
      'services[0].targetGroups[1] value-removed',
      'services[0].schedule.hours[0].opens value-removed',
    ]);
  });

  it('keeps an area outline, and leaves out one that is not closed', () => {
    const data = smallCatalogue();
    const square = [
      [13.6, 49.65],
      [13.75, 49.65],
      [13.75, 49.75],
      [13.6, 49.65],
    ];
    Object.assign(data.services[3], { areaGeometry: { type: 'Polygon', coordinates: [square] } });
    Object.assign(data.services[0], { areaGeometry: { type: 'Polygon', coordinates: [square.slice(0, 3)] } });
    const catalogue = validateCatalogue(data);
    expect(catalogue.serviceById.get('svc-dluhy')!.areaGeometry!.coordinates).to.deep.equal([square]);
    expect(catalogue.serviceById.get('svc-pecovatelska')!.areaGeometry).to.equal(undefined);
    expect(catalogue.issues.map((issue) => formatIssue(issue, 'en'))).to.deep.equal([
      'services[0].areaGeometry.coordinates[0] (svc-pecovatelska): an area outline needs at least four points and must end where it starts; the value was left out',
    ]);
  });

  it('reports a dangling organizationId and drops that service', () => {
    const data = smallCatalogue();
    data.services[2].organizationId = 'org-neni';
    const catalogue = validateCatalogue(data);
    const [issue] = errorsOf(catalogue);
    expect(issue).to.include({ path: 'services[2].organizationId', code: 'dangling-ref', effect: 'record-dropped' });
    expect(formatIssue(issue, 'en')).to.contain('"org-neni" does not refer to any existing record (organizations)');
    expect(catalogue.serviceById.has('svc-azyl')).to.equal(false);
  });

  it('removes an unknown location from a service but keeps the service', () => {
    const data = smallCatalogue();
    data.services[0].locationIds = ['loc-neni', 'loc-rokycany'];
    const catalogue = validateCatalogue(data);
    expect(errorsOf(catalogue)[0]).to.include({ path: 'services[0].locationIds[0]', effect: 'value-removed' });
    expect(catalogue.serviceById.get('svc-pecovatelska')?.locationIds).to.deep.equal(['loc-rokycany']);
  });

  it('keeps the first of two records with one id and reports the second', () => {
    const data = smallCatalogue();
    data.services.push({ ...data.services[0], name: 'Kopie' });
    const catalogue = validateCatalogue(data);
    expect(errorsOf(catalogue)[0]).to.include({ path: 'services[5].id', code: 'duplicate-id' });
    expect(catalogue.serviceById.get('svc-pecovatelska')?.name).to.equal('Pečovatelská služba Rokycany');
  });

  it('checks the IČO check digit', () => {
    const data = smallCatalogue();
    data.organizations[0].ico = '00259952';
    const catalogue = validateCatalogue(data);
    expect(errorsOf(catalogue)[0]).to.include({ path: 'organizations[0].ico', code: 'ico-checksum' });
  });

  it('suggests the code meant by a typo', () => {
    const data = smallCatalogue();
    (data.services[0] as { serviceType: string }).serviceType = 'pecovatelska-sluzb';
    const [issue] = errorsOf(validateCatalogue(data));
    expect(formatIssue(issue, 'en')).to.contain(
      'unknown value "pecovatelska-sluzb" – did you mean "pecovatelska-sluzba"?',
    );
  });

  it('rejects a related service type on a social service', () => {
    const data = smallCatalogue();
    data.services[3].kind = 'social';
    const [issue] = errorsOf(validateCatalogue(data));
    expect(issue).to.include({ path: 'services[3].kind', code: 'kind-mismatch' });
  });

  it('never passes on more than the town of a hidden address', () => {
    const data = smallCatalogue();
    Object.assign(data.locations[2], {
      address: { street: 'Tajná 1', city: 'Rokycany' },
      latitude: 49.7,
      longitude: 13.6,
    });
    const catalogue = validateCatalogue(data);
    const hidden = catalogue.locationById.get('loc-azyl')!;
    expect(hidden.address).to.deep.equal({ city: 'Rokycany' });
    expect(hidden.latitude).to.equal(undefined);
    expect(catalogue.issues[0]).to.include({ severity: 'warning', code: 'hidden-leak' });
  });

  it('warns about coordinates outside Czechia', () => {
    const data = smallCatalogue();
    Object.assign(data.locations[0], { latitude: 13.5946, longitude: 49.7427 });
    expect(validateCatalogue(data).issues[0]).to.include({ severity: 'warning', code: 'coordinates-outside' });
  });

  it('reports a question loop and skips that situation only', () => {
    const data = smallCatalogue();
    const second = structuredClone(data.situations[0]);
    second.id = 'sit-ok';
    data.situations.push(second);
    data.situations[0].questions[1].answers[1] = { label: 'Znovu', questionId: 'q-sam' } as never;
    const catalogue = validateCatalogue(data);
    const [issue] = errorsOf(catalogue);
    expect(issue).to.include({ path: 'situations[0].questions', code: 'cycle', recordId: 'sit-pece' });
    expect(formatIssue(issue, 'en')).to.contain('q-sam → q-doma → q-sam');
    expect(catalogue.situations.map((situation) => situation.id)).to.deep.equal(['sit-ok']);
  });

  it('walks a question tree of any depth: a 50,000-question chain, and a loop at its end', () => {
    const data = smallCatalogue();
    const chain = structuredClone(data.situations[0]);
    const depth = 50_000;
    chain.questions = Array.from({ length: depth }, (_, index) => ({
      id: `q${index}`,
      text: `Otázka ${index}`,
      answers: [
        index + 1 < depth ? { label: 'Dál', questionId: `q${index + 1}` } : { label: 'Konec', outcomeId: 'o-doma' },
      ],
    })) as never;
    chain.startQuestionId = 'q0';
    data.situations = [chain];
    const deep = validateCatalogue(structuredClone(data));
    expect(errorsOf(deep)).to.deep.equal([]);
    expect(deep.situations).to.have.length(1);
    chain.questions[depth - 1].answers[0] = { label: 'Znovu', questionId: 'q0' } as never;
    const looped = validateCatalogue(data);
    expect(errorsOf(looped).map((issue) => issue.code)).to.deep.equal(['cycle']);
    expect(looped.situations).to.have.length(0);
  });

  it('reports an answer leading nowhere', () => {
    const data = smallCatalogue();
    data.situations[0].questions[0].answers[1] = { label: 'Ne', outcomeId: 'o-neni' } as never;
    const catalogue = validateCatalogue(data);
    expect(errorsOf(catalogue)[0]).to.include({
      path: 'situations[0].questions[0].answers[1].outcomeId',
      code: 'dangling-ref',
    });
    expect(catalogue.situations).to.have.length(0);
  });

  it('warns about unreachable questions and outcomes without providers', () => {
    const data = smallCatalogue();
    data.situations[0].questions.push({
      id: 'q-navic',
      text: 'Navíc?',
      answers: [{ label: 'Ano', outcomeId: 'o-doma' }],
    });
    data.situations[0].outcomes[0].match = { serviceTypes: ['noclehárny' as never] };
    const first = validateCatalogue(data);
    expect(errorsOf(first)[0]).to.include({ path: 'situations[0].outcomes[0].match.serviceTypes[0]', code: 'enum' });
    data.situations[0].outcomes[0].match = { serviceTypes: ['nocleharny'] };
    const catalogue = validateCatalogue(data);
    expect(catalogue.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.path}`)).to.deep.equal([
      'warning unreachable situations[0].questions[2]',
      'warning no-match situations[0].outcomes[0].match',
    ]);
    expect(catalogue.situations).to.have.length(1);
  });

  it('refuses an unknown format version and a file that is not a catalogue', () => {
    expect(() => validateCatalogue({ ...smallCatalogue(), schemaVersion: 2 }))
      .to.throw(CatalogueError, /version 2/)
      .with.property('code', 'schema-version');
    expect(() => validateCatalogue([1, 2]))
      .to.throw(CatalogueError)
      .with.property('code', 'not-catalogue');
    expect(() => validateCatalogue({ services: [] })).to.throw(CatalogueError, /no schemaVersion/);
  });

  it("keeps a catalogue's own search words, and skips one that leads nowhere", () => {
    const data = {
      ...smallCatalogue(),
      synonyms: [
        { id: 'syn-obedy', terms: ['obědy', 'dovoz jídla'], serviceTypes: ['pecovatelska-sluzba'], topic: true },
        { id: 'syn-nikam', terms: ['nikam'] },
        { id: 'syn-prazdne', terms: [], targetGroups: ['seniori'] },
      ],
    };
    const catalogue = validateCatalogue(data);
    expect(catalogue.synonyms!.map((entry) => entry.id)).to.deep.equal(['syn-obedy']);
    expect(catalogue.services).to.have.length(5);
    const errors = errorsOf(catalogue);
    expect(errors.map((issue) => [issue.path, issue.code, issue.effect])).to.deep.equal([
      ['synonyms[1].serviceTypes', 'synonym-target', 'record-dropped'],
      ['synonyms[2].terms', 'array-empty', 'record-dropped'],
    ]);
    expect(formatIssue(errors[0], 'en')).to.contain('a synonym must lead to a kind of service');
  });

  it('accepts translations and rejects empty texts', () => {
    const data = smallCatalogue();
    (data.services[0] as { name: unknown }).name = { cs: 'Pečovatelská služba', uk: 'Служба догляду' };
    (data.services[1] as { description: unknown }).description = '   ';
    (data.services[2] as { name: unknown }).name = 42;
    const catalogue = validateCatalogue(data);
    expect(errorsOf(catalogue).map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal([
      'services[1].description text-empty',
      'services[2].name text',
    ]);
    expect(catalogue.serviceById.get('svc-pecovatelska')?.name).to.deep.equal({
      cs: 'Pečovatelská služba',
      uk: 'Служба догляду',
    });
  });

  it('trims text, leaves out unknown fields and never changes its input', () => {
    const data = smallCatalogue();
    Object.assign(data.services[0], { name: ' Pečovatelská služba ', internalNote: 'x' });
    Object.assign(data.services[1], { phones: [{ number: '+420 371 000 123', type: 'mobile' }] });
    Object.assign(data.locations[2], {
      address: { street: 'Tajná 1', city: 'Rokycany' },
      latitude: 49.74,
      longitude: 13.59,
    });
    data.services[3].locationIds = ['loc-mirosov', 'loc-nowhere'];
    const before = JSON.stringify(data);
    const catalogue = validateCatalogue(data);
    expect(JSON.stringify(data)).to.equal(before);
    const [first, second] = catalogue.services;
    expect(first.name).to.equal('Pečovatelská služba');
    expect(first).to.not.have.property('internalNote');
    expect(second.phones).to.deep.equal([{ number: '+420 371 000 123' }]);
    expect(catalogue.locationById.get('loc-azyl')).to.not.have.property('latitude');
    expect(catalogue.locationById.get('loc-azyl')?.address).to.deep.equal({ city: 'Rokycany' });
    expect(catalogue.serviceById.get('svc-dluhy')?.locationIds).to.deep.equal(['loc-mirosov']);
  });
});
