import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Card, Form, Typography } from 'antd';
import { useMe } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { useCreateApplication } from '../api/create-application';
import { ApplicationForm, toApplicationCreate, type ApplicationFormValues } from '../components/application-form';
import { applyApplicationProblem } from '../components/application-form-problem';

/** 新建帮扶申请: saved as a draft, then submitted from the application page. */
export function NewApplicationPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<ApplicationFormValues>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreateApplication();

  const submit = (values: ApplicationFormValues) => {
    setError(null);
    create.mutate(toApplicationCreate(values), {
      onSuccess: (application) => {
        message.success(t('application.draftSaved'));
        navigate(`/applications/${application.id}`);
      },
      onError: (problem) => setError(applyApplicationProblem(form, problem, t)),
    });
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('application.new')}
      </Typography.Title>
      <Card>
        <ApplicationForm form={form} defaultOrgId={me?.org.id} error={error} pending={create.isPending} onSubmit={submit} onCancel={() => navigate('/applications')} />
      </Card>
    </>
  );
}
