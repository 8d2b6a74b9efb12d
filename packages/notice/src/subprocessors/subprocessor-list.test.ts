import { describe, expect, it } from 'vitest';
import { loadMinimal } from '../test-support/examples.ts';
import { subprocessorList } from './subprocessor-list.ts';

describe('subprocessorList', () => {
  it('lists processors with their service, country and transfer safeguard', () => {
    expect(subprocessorList(loadMinimal(), 'en')).toEqual([
      { id: 'hosting', name: 'Hetzner Online GmbH', type: 'processor', service: 'Hosts our shop', purposes: ['Handling your orders', 'Keeping our books', 'Keeping the shop secure'], countries: ['Germany'], country: 'Germany', safeguard: '' },
      {
        id: 'mailer', name: 'Mailchimp (Intuit Inc.)', type: 'processor', service: 'Sends our newsletter', purposes: ['Sending our newsletter'], countries: ['United States'], country: 'United States',
        safeguard: 'The EU-US Data Privacy Framework: the recipient is certified under it, and the European Commission’s adequacy decision of 10 July 2023 covers it',
      },
    ]);
  });

  it('leaves out recipients that are not (sub-)processors and includes sub-processors', () => {
    const m = loadMinimal();
    m.recipients[0]!.type = 'independent_controller';
    m.recipients[1]!.type = 'sub_processor';
    expect(subprocessorList(m, 'nl').map((s) => [s.name, s.type, s.service])).toEqual([['Mailchimp (Intuit Inc.)', 'sub_processor', 'Verstuurt onze nieuwsbrief']]);
  });
});
