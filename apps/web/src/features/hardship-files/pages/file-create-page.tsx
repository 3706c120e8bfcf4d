import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Affix, Alert, App, Button, Card, Col, Flex, Form, Input, Row, Space, Typography } from 'antd';
import { useMe } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateHardshipFile } from '../api/create-hardship-file';
import { ClassificationPreview } from '../components/classification-preview';
import { emptyFileForm, toCreateBody, type FileFormValues } from '../components/file-form-values';
import { HouseholdFields } from '../components/household-fields';
import { translateIdError } from '../components/id-error';
import { MembersList } from '../components/members-list';
import { PartsList } from '../components/parts-lists';

/** 新建档案: the household, its members, incomes and expenses, with a live preview of the proposed category. */
export function FileCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<FileFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateHardshipFile();

  const submit = (values: FileFormValues) => {
    setFormError(null);
    create.mutate(toCreateBody(values), {
      onSuccess: (file) => {
        message.success(t('fileForm.created', { fileNo: file.fileNo }));
        navigate(`/hardship-files/${file.id}`);
      },
      onError: (error) => {
        setFormError(applyProblemToForm(form, error, t, (fieldError) => translateIdError(t, fieldError)));
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    });
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('fileForm.createTitle')}
        </Typography.Title>
        <Link to="/hardship-files">{t('file.back')}</Link>
      </Flex>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<FileFormValues>
        form={form}
        layout="vertical"
        initialValues={emptyFileForm(me?.org.id)}
        onFinish={submit}
        onFinishFailed={() => message.error(t('fileForm.fixErrors'))}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <HouseholdFields form={form} />
            <MembersList form={form} />
            <PartsList kind="incomes" />
            <PartsList kind="expenses" />
            <Card title={t('field.notes')} size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="notes" noStyle>
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Affix offsetTop={16}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <ClassificationPreview form={form} />
                <Button type="primary" size="large" block htmlType="submit" loading={create.isPending} data-testid="submit-file">
                  {t('fileForm.submit')}
                </Button>
              </Space>
            </Affix>
          </Col>
        </Row>
      </Form>
    </>
  );
}
